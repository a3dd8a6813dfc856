package studio.serverless.app.desktop.run;

import java.util.Objects;
import studio.serverless.model.catalog.ServiceKind;

/**
 * A resource of the running diagram as the runner names it: its kind and its name, which is the diagram service's
 * name (the names {@code DiagramProvisioner} creates resources under). The same pair as the runner's activity
 * feed's {@code ResourceRef}.
 *
 * @param kind the service kind
 * @param name the resource's name
 */
public record ResourceKey(ServiceKind kind, String name) {

    /** Checks that nothing is missing. */
    public ResourceKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
