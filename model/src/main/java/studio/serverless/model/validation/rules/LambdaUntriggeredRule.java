package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionCategory;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A function that nothing in the diagram invokes: no trigger, no state machine task, no destination. */
public final class LambdaUntriggeredRule implements ValidationRule {

    @Override
    public String id() {
        return "lambda-untriggered";
    }

    @Override
    public String description() {
        return "Every function is invoked by something in the diagram.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service function : context.services(ServiceKind.LAMBDA_FUNCTION)) {
            if (context.incoming(function.id()).stream().noneMatch(LambdaUntriggeredRule::invokes)) {
                diagnostics.add(new Diagnostic(id(), Severity.WARNING, List.of(function.id()),
                        "Nothing invokes the function " + ElementProperties.quoted(function) + ": no trigger, no"
                                + " state machine task and no destination points at it, so it will only run if"
                                + " called directly (through the Invoke API or the console).",
                        "Connect a trigger to it (an API route, a queue, a topic, a bucket notification, an"
                                + " EventBridge rule or a stream), or remove it if it is not needed."));
            }
        }
        return diagnostics;
    }

    private static boolean invokes(Connection connection) {
        ConnectionType type = connection.type();
        return type.category() == ConnectionCategory.TRIGGER || type == ConnectionType.LAMBDA_INVOKE
                || type == ConnectionType.ON_FAILURE || type == ConnectionType.ON_SUCCESS;
    }
}
