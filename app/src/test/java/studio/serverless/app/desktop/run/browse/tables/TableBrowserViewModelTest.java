package studio.serverless.app.desktop.run.browse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import studio.serverless.app.desktop.run.browse.RunningExample;

/** Browsing and editing the crud-api example's table while it runs, checked with the AWS SDK. */
class TableBrowserViewModelTest {

    private static final String TABLE = "studio-example-items";

    private final RunningExample example = new RunningExample("crud-api");
    private final DynamoDbClient client = example.dynamoDb();
    private final TableBrowserViewModel browser = new TableBrowserViewModel(example.cloud().dynamoDb(),
            example.diagram());

    @AfterEach
    void stop() {
        client.close();
        example.close();
    }

    private void put(String id, String extraName, AttributeValue extra) {
        client.putItem(b -> b.tableName(TABLE).item(Map.of("id", AttributeValue.fromS(id), extraName, extra)));
    }

    @Test
    void listsTheDiagramsTablesAndTheItemsWithKeyAttributesFirst() {
        put("a", "price", AttributeValue.fromN("12.5"));
        put("b", "name", AttributeValue.fromS("lamp"));

        browser.select(TABLE);

        assertEquals(List.of(TABLE), browser.tables());
        assertEquals(2, browser.items().size());
        assertEquals("id", browser.columns().get(0));
        assertTrue(browser.columns().containsAll(List.of("price", "name")), browser.columns().toString());
    }

    @Test
    void readsAPageAtATime() {
        for (int i = 0; i < TableBrowserViewModel.PAGE_SIZE + 3; i++) {
            put("item-" + i, "n", AttributeValue.fromN(String.valueOf(i)));
        }

        browser.select(TABLE);
        assertEquals(TableBrowserViewModel.PAGE_SIZE, browser.items().size());
        assertTrue(browser.morePagesProperty().get());
        browser.loadMore();

        assertEquals(TableBrowserViewModel.PAGE_SIZE + 3, browser.items().size());
        assertFalse(browser.morePagesProperty().get());
    }

    @Test
    void anItemEditedInTheBrowserIsWhatTheSdkReads() {
        put("a", "price", AttributeValue.fromN("12.5"));
        browser.select(TABLE);
        ItemEditorViewModel editor = browser.edit(browser.items().get(0));

        editor.textProperty().set("{\"id\": {\"S\": \"a\"}, \"price\": {\"N\": \"99\"}, \"tags\": {\"SS\": [\"x\"]}}");
        assertTrue(editor.save(), editor.errorProperty().get());

        Map<String, AttributeValue> read = client.getItem(b -> b.tableName(TABLE)
                .key(Map.of("id", AttributeValue.fromS("a")))).item();
        assertEquals("99", read.get("price").n());
        assertEquals(List.of("x"), read.get("tags").ss());
    }

    @Test
    void changingTheKeyMovesTheItemInsteadOfCopyingIt() {
        put("old", "price", AttributeValue.fromN("1"));
        browser.select(TABLE);
        ItemEditorViewModel editor = browser.edit(browser.items().get(0));

        editor.textProperty().set("{\"id\": {\"S\": \"new\"}, \"price\": {\"N\": \"1\"}}");
        editor.save();

        assertEquals(1, client.scan(b -> b.tableName(TABLE)).count());
        assertTrue(client.getItem(b -> b.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("new")))).hasItem());
    }

    @Test
    void aNewItemInPlainJsonIsAddedAndADeletedOneIsGone() {
        browser.select(TABLE);
        ItemEditorViewModel editor = browser.add();
        assertTrue(editor.switchTo(ItemFormat.PLAIN_JSON));

        editor.textProperty().set("{\"id\": \"n1\", \"count\": 3, \"done\": false}");
        assertTrue(editor.save(), editor.errorProperty().get());
        browser.refresh();
        Map<String, AttributeValue> read = client.getItem(b -> b.tableName(TABLE)
                .key(Map.of("id", AttributeValue.fromS("n1")))).item();
        assertEquals("3", read.get("count").n());
        assertEquals(false, read.get("done").bool());

        browser.delete(browser.items().get(0));
        assertEquals(0, client.scan(b -> b.tableName(TABLE)).count());
    }

    @Test
    void textThatIsNotJsonIsRefusedNamingLineAndColumn() {
        browser.select(TABLE);
        ItemEditorViewModel editor = browser.add();

        editor.textProperty().set("{\n  \"id\": {\"S\": \"a\"},\n  \"price\" {\"N\": \"1\"}\n}");

        assertFalse(editor.save());
        assertTrue(editor.errorProperty().get().startsWith("Line 3, column 11: "), editor.errorProperty().get());
        assertEquals(0, client.scan(b -> b.tableName(TABLE)).count());
    }

    @Test
    void anItemWithoutItsKeyIsRefusedWithDynamoDbsValidationMessage() {
        browser.select(TABLE);
        ItemEditorViewModel editor = browser.add();

        editor.textProperty().set("{\"price\": {\"N\": \"1\"}}");

        assertFalse(editor.save());
        assertTrue(editor.errorProperty().get().startsWith("ValidationException: "), editor.errorProperty().get());
        assertTrue(editor.errorProperty().get().contains("id"), editor.errorProperty().get());
    }

    @Test
    void aValueWithoutATypeNamesTheAttribute() {
        browser.select(TABLE);
        ItemEditorViewModel editor = browser.add();

        editor.textProperty().set("{\"id\": {\"S\": \"a\"}, \"size\": {\"M\": {\"width\": 3}}}");

        assertFalse(editor.save());
        assertTrue(editor.errorProperty().get().startsWith("attribute size.width: expected an object"),
                editor.errorProperty().get());
    }
}
