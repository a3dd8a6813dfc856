package studio.serverless.runner.dynamodb.engine.item;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The item returned by an item operation: {@code Item} of GetItem, {@code Attributes} of writes.
 *
 * @param attributes the item or attributes, or null when nothing is returned
 */
public record ItemResult(Map<String, AttributeValue> attributes) {
    /** Nothing returned. */
    public static final ItemResult EMPTY = new ItemResult(null);
}
