package studio.serverless.app.desktop.document;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.AddServiceCommand;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;

/** Edits a document the way the canvas does: one command through its stack. */
public final class Edits {

    private Edits() {
    }

    /** Adds a Lambda function named {@code name} and returns the document. */
    public static DiagramDocument addFunction(DiagramDocument document, String name) {
        var diagram = document.diagram();
        Service service = Service.create(diagram.newServiceId(ServiceKind.LAMBDA_FUNCTION),
                ServiceKind.LAMBDA_FUNCTION, name, new Point(40, 40 + 100 * diagram.services().size()));
        document.commandStack().execute(new AddServiceCommand(service));
        return document;
    }
}
