package studio.serverless.app.desktop.run.browse.tables;

import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Editing one item (or a new one) as JSON text. Saving puts the item; when the key attributes changed, the item
 * under the old key is deleted afterwards, so an edit never leaves two copies. A mistake in the text or a value
 * the engine refuses is shown in {@link #errorProperty()} and nothing is written.
 */
public final class ItemEditorViewModel {

    private final DynamoDbEngine dynamoDb;
    private final String table;
    private final Map<String, AttributeValue> originalKey;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ItemFormat> format = new SimpleObjectProperty<>(ItemFormat.DYNAMODB_JSON);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * An editor of {@code item} of {@code table}, or of a new item when {@code originalKey} is empty.
     *
     * @param item        the item to start from (a skeleton of the key attributes for a new one)
     * @param originalKey the key the item is stored under, or empty for a new item
     */
    public ItemEditorViewModel(DynamoDbEngine dynamoDb, String table, Map<String, AttributeValue> item,
                               Optional<Map<String, AttributeValue>> originalKey) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.originalKey = originalKey.orElse(null);
        text.set(ItemJson.write(item, ItemFormat.DYNAMODB_JSON));
    }

    /** The item's text, in the current format. */
    public StringProperty textProperty() {
        return text;
    }

    /** The format of the text; see {@link #switchTo(ItemFormat)}. */
    public ObjectProperty<ItemFormat> formatProperty() {
        return format;
    }

    /** What is wrong with the last attempt to save or reformat, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The table the item belongs to. */
    public String table() {
        return table;
    }

    /** Whether this edits a new item. */
    public boolean isNew() {
        return originalKey == null;
    }

    /** Rewrites the text in {@code next}; false (and the text left as it is) when the text is not an item. */
    public boolean switchTo(ItemFormat next) {
        try {
            Map<String, AttributeValue> item = ItemJson.read(text.get(), format.get());
            text.set(ItemJson.write(item, next));
            format.set(next);
            error.set("");
            return true;
        } catch (ItemTextException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Writes the item to the table; false with {@link #errorProperty()} set when it was refused. */
    public boolean save() {
        try {
            Map<String, AttributeValue> item = ItemJson.read(text.get(), format.get());
            dynamoDb.putItem(new PutItemRequest(table, item, WriteOptions.NONE));
            if (originalKey != null && !originalKey.equals(keyOf(item))) {
                dynamoDb.deleteItem(new DeleteItemRequest(table, originalKey, WriteOptions.NONE));
            }
            error.set("");
            return true;
        } catch (ItemTextException e) {
            error.set(e.getMessage());
        } catch (DynamoDbException e) {
            error.set(e.error().code() + ": " + e.getMessage());
        }
        return false;
    }

    private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new java.util.LinkedHashMap<>();
        originalKey.keySet().forEach(name -> key.put(name, item.get(name)));
        return key;
    }
}
