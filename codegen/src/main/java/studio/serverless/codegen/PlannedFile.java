package studio.serverless.codegen;

import java.util.Map;
import java.util.Objects;

/**
 * One file a target will produce: where it goes, which template renders it and the values the template sees.
 *
 * @param path     the relative output path, with {@code /} separators
 * @param template the template's name inside the target's template folder, e.g. {@code template.yaml.vm}
 * @param context  the values handed to the template, by name
 */
public record PlannedFile(String path, String template, Map<String, Object> context) {

    /** Checks the parts and copies the context. */
    public PlannedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        context = Map.copyOf(context);
    }
}
