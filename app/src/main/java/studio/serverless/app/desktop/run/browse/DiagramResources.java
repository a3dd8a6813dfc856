package studio.serverless.app.desktop.run.browse;

import java.util.List;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

/** The names under which a running diagram's resources of one kind exist in the local cloud. */
public final class DiagramResources {

    private DiagramResources() {
    }

    /** The names of the diagram's services of {@code kind}, in diagram order, each once. */
    public static List<String> names(Diagram diagram, ServiceKind kind) {
        return diagram.services().stream().filter(service -> service.kind() == kind).map(Service::name)
                .distinct().toList();
    }
}
