package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** A table that triggers a function through its stream has its stream turned on. */
public final class DynamoDbStreamRequiredRule implements ValidationRule {

    @Override
    public String id() {
        return "dynamodb-stream-required";
    }

    @Override
    public String description() {
        return "A table with a DynamoDB stream trigger has its stream turned on.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service table : context.services(ServiceKind.DYNAMODB_TABLE)) {
            List<Connection> triggers = context.outgoing(table.id(), ConnectionType.DYNAMODB_STREAM);
            if (!triggers.isEmpty() && "NONE".equals(table.properties().text("streamViewType"))) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, elements(table, triggers),
                        RuleText.named(table) + " triggers a function through its stream, but its stream is off"
                                + " (Stream is NONE). Lambda reads changes from the table's stream; without one"
                                + " AWS refuses to create the event source mapping.",
                        "Set Stream to what the function needs: NEW_AND_OLD_IMAGES for both versions of an item,"
                                + " NEW_IMAGE or KEYS_ONLY for less."));
            }
        }
        return diagnostics;
    }

    private static List<ElementId> elements(Service table, List<Connection> triggers) {
        List<ElementId> elements = new ArrayList<>();
        elements.add(table.id());
        triggers.forEach(trigger -> elements.add(trigger.id()));
        return elements;
    }
}
