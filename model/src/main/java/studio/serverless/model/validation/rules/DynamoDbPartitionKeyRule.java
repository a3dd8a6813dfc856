package studio.serverless.model.validation.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * Every table has a partition key, and its key attribute names are 1 to 255 bytes long (in UTF-8), as DynamoDB
 * requires.
 */
public final class DynamoDbPartitionKeyRule implements ValidationRule {

    /** DynamoDB's longest key attribute name, in UTF-8 bytes. */
    static final int MAX_KEY_NAME_BYTES = 255;

    @Override
    public String id() {
        return "dynamodb-partition-key";
    }

    @Override
    public String description() {
        return "Every table has a partition key, and key attribute names are 1 to 255 bytes long.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service table : context.services(ServiceKind.DYNAMODB_TABLE)) {
            String partitionKey = table.properties().text("partitionKey");
            if (partitionKey.isBlank()) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(table.id()),
                        RuleText.named(table) + " has no partition key. Every table needs a partition key:"
                                + " DynamoDB hashes its value to decide where each item is stored, and refuses"
                                + " to create a table without one.",
                        "Set Partition key to the attribute that identifies an item, e.g. id or orderId."));
            }
            checkLength(table, "Partition key", partitionKey, diagnostics);
            checkLength(table, "Sort key", table.properties().text("sortKey"), diagnostics);
        }
        return diagnostics;
    }

    private void checkLength(Service table, String label, String attribute, List<Diagnostic> diagnostics) {
        int bytes = attribute.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_NAME_BYTES) {
            diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(table.id()),
                    RuleText.named(table) + ": the " + label.toLowerCase() + " attribute name is " + bytes
                            + " bytes long; DynamoDB allows key attribute names of 1 to " + MAX_KEY_NAME_BYTES
                            + " bytes, so creating the table would fail.",
                    "Shorten the " + label.toLowerCase() + " name; short names also save storage in every item."));
        }
    }
}
