package studio.serverless.app.desktop.run.browse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.Binary;

/** Items as text and back, in both formats, and the messages for text that is not an item. */
class ItemJsonTest {

    private static Map<String, AttributeValue> everyType() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", new AttributeValue.S("text"));
        item.put("n", AttributeValue.N.of("12.50"));
        item.put("b", new AttributeValue.B(Binary.of(new byte[] {1, 2, 3})));
        item.put("ss", AttributeValue.SS.of(List.of("a", "b")));
        item.put("ns", AttributeValue.NS.of(List.of("1", "2")));
        item.put("bs", AttributeValue.BS.of(List.of(Binary.of(new byte[] {9}))));
        item.put("m", new AttributeValue.M(Map.of("inner", new AttributeValue.Bool(true))));
        item.put("l", new AttributeValue.L(List.of(new AttributeValue.Null(), AttributeValue.N.of("3"))));
        return item;
    }

    @Test
    void dynamoDbJsonKeepsEveryType() throws ItemTextException {
        Map<String, AttributeValue> item = everyType();

        assertEquals(item, ItemJson.read(ItemJson.write(item, ItemFormat.DYNAMODB_JSON), ItemFormat.DYNAMODB_JSON));
    }

    @Test
    void plainJsonKeepsStringsNumbersBooleansNullListsAndMaps() throws ItemTextException {
        Map<String, AttributeValue> item = new LinkedHashMap<>(everyType());
        item.keySet().removeAll(List.of("b", "ss", "ns", "bs"));

        String text = ItemJson.write(item, ItemFormat.PLAIN_JSON);

        assertTrue(text.contains("\"n\" : 12.5"), text);
        assertEquals(item, ItemJson.read(text, ItemFormat.PLAIN_JSON));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\": {\"S\": \"a\"}, \"id\": {\"S\": \"b\"}}| Line 1, column 24: Duplicate field 'id'",
        "{\"id\": {\"N\": \"not a number\"}}          | ValidationException: ",
        "{\"id\": {\"SS\": []}}                       | ValidationException: ",
        "{\"id\": {\"S\": \"a\", \"N\": \"1\"}}      | attribute id: expected an object with exactly one of the types",
        "[1, 2]                                      | expected a JSON object of attributes",
        "'   '                                         | The item is empty"})
    void textThatIsNoItemIsExplained(String text, String messageStart) {
        ItemTextException refused = assertThrows(ItemTextException.class,
                () -> ItemJson.read(text, ItemFormat.DYNAMODB_JSON));

        assertTrue(refused.getMessage().startsWith(messageStart.strip()), refused.getMessage());
    }
}
