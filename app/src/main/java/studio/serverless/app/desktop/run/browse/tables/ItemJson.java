package studio.serverless.app.desktop.run.browse.tables;

import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * An item as text in either {@link ItemFormat}, and back. Text that is not JSON is refused with the line and
 * column of the mistake; JSON that is no item names the attribute; values DynamoDB refuses (a number out of
 * range, an empty set) carry the engine's own message.
 */
public final class ItemJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ItemJson() {
    }

    /** The item as indented JSON text in {@code format}. */
    public static String write(Map<String, AttributeValue> item, ItemFormat format) {
        JsonNode node = format == ItemFormat.DYNAMODB_JSON ? TypedItemJson.write(item) : PlainItemJson.write(item);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** One value in plain JSON on one line, for a table cell. */
    public static String cell(AttributeValue value) {
        JsonNode node = PlainItemJson.write(value);
        return node.isTextual() ? node.textValue() : node.toString();
    }

    /**
     * Reads an item written in {@code format}.
     *
     * @throws ItemTextException with a message naming the line and column, or the attribute, that is wrong
     */
    public static Map<String, AttributeValue> read(String text, ItemFormat format) throws ItemTextException {
        JsonNode node = parse(text);
        try {
            return format == ItemFormat.DYNAMODB_JSON ? TypedItemJson.read(node, "")
                    : PlainItemJson.read(node, "");
        } catch (DynamoDbException e) {
            throw new ItemTextException(e.error().code() + ": " + e.getMessage());
        }
    }

    private static JsonNode parse(String text) throws ItemTextException {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new ItemTextException("The item is empty: write a JSON object such as {\"id\": {\"S\": \"a\"}}");
            }
            return node;
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            if (e.getLocation() == null) {
                throw new ItemTextException("Not JSON: " + problem);
            }
            throw new ItemTextException("Line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + firstLine(problem));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
