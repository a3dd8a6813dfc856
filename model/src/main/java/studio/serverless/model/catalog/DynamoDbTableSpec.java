package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.PropertySpec.text;

import java.util.List;

/** The catalogue entry of a DynamoDB table. */
final class DynamoDbTableSpec {

    /** DynamoDB's scalar types a key attribute may have: string, number, binary. */
    static final List<String> KEY_TYPES = List.of("S", "N", "B");

    private DynamoDbTableSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.DYNAMODB_TABLE,
                "A key-value and document database with single-digit millisecond reads and writes at any scale.",
                "Functions read and write items through the DynamoDB API; with a stream turned on, every change"
                        + " can trigger a function (poll-based).",
                "On-demand: per million read and write request units, plus storage per GB-month.",
                List.of(
                        text("partitionKey", "Partition key", "id",
                                "The attribute whose value decides where an item is stored. Every table needs"
                                        + " one."),
                        choice("partitionKeyType", "Partition key type", "S", KEY_TYPES,
                                "S (string), N (number) or B (binary)."),
                        text("sortKey", "Sort key", "",
                                "Optional: items with the same partition key are kept sorted by this attribute."),
                        choice("sortKeyType", "Sort key type", "S", KEY_TYPES, "S (string), N (number) or B (binary)."),
                        choice("billingMode", "Billing mode", "PAY_PER_REQUEST",
                                List.of("PAY_PER_REQUEST", "PROVISIONED"),
                                "On-demand (pay per request) or provisioned capacity."),
                        choice("streamViewType", "Stream", "NONE",
                                List.of("NONE", "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"),
                                "What each stream record carries; NONE turns the stream off. A stream trigger needs"
                                        + " a stream."),
                        text("timeToLiveAttribute", "Time-to-live attribute", "",
                                "Optional: a number attribute holding an epoch time in seconds after which DynamoDB"
                                        + " deletes the item.")),
                NamingRule.of(3, 255, "[A-Za-z0-9_.-]+", "letters, digits, underscores (_), hyphens (-) and dots (.)"),
                "table");
    }
}
