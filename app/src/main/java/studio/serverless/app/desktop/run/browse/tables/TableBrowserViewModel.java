package studio.serverless.app.desktop.run.browse.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.app.desktop.run.browse.DiagramResources;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.query.QueryResult;
import studio.serverless.runner.dynamodb.engine.query.ScanRequest;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The table browser: the diagram's tables, and the items of the chosen one a page (a Scan of
 * {@value #PAGE_SIZE}) at a time. The columns are the attributes of the items seen so far, key attributes first.
 */
public final class TableBrowserViewModel {

    /** Items read per page. */
    public static final int PAGE_SIZE = 50;

    private final DynamoDbEngine dynamoDb;
    private final List<String> tables;
    private final ObservableList<Map<String, AttributeValue>> items = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper morePages = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String table;
    private List<String> keyAttributes = List.of();
    private Map<String, AttributeValue> nextPageStart;

    /** A browser of the tables of {@code diagram} in {@code dynamoDb}. */
    public TableBrowserViewModel(DynamoDbEngine dynamoDb, Diagram diagram) {
        this.dynamoDb = dynamoDb;
        this.tables = DiagramResources.names(diagram, ServiceKind.DYNAMODB_TABLE);
    }

    /** The diagram's tables, by name. */
    public List<String> tables() {
        return tables;
    }

    /** The items read so far, in scan order. */
    public ObservableList<Map<String, AttributeValue>> items() {
        return items;
    }

    /** The attribute names of the items read so far: key attributes first, then in the order first seen. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** Whether {@link #loadMore()} would read another page. */
    public ReadOnlyBooleanProperty morePagesProperty() {
        return morePages.getReadOnlyProperty();
    }

    /** What the browser shows below the items: how many, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The chosen table, or null. */
    public String table() {
        return table;
    }

    /** Chooses a table and reads its first page. */
    public void select(String tableName) {
        table = tableName;
        refresh();
    }

    /** Reads the chosen table's first page again. */
    public void refresh() {
        items.clear();
        nextPageStart = null;
        if (table == null) {
            return;
        }
        try {
            keyAttributes = dynamoDb.describeTable(table).keySchema().stream()
                    .sorted((a, b) -> a.keyType().compareTo(b.keyType()))
                    .map(KeySchemaElement::attributeName).toList();
            loadPage();
        } catch (DynamoDbException e) {
            fail(e);
        }
    }

    /** Reads the next page, appending its items. */
    public void loadMore() {
        if (table != null && nextPageStart != null) {
            try {
                loadPage();
            } catch (DynamoDbException e) {
                fail(e);
            }
        }
    }

    /** An editor of {@code item} of the chosen table. */
    public ItemEditorViewModel edit(Map<String, AttributeValue> item) {
        return new ItemEditorViewModel(dynamoDb, table, item, Optional.of(keyOf(item)));
    }

    /** An editor of a new item, starting from the key attributes with empty strings. */
    public ItemEditorViewModel add() {
        Map<String, AttributeValue> skeleton = new LinkedHashMap<>();
        keyAttributes.forEach(name -> skeleton.put(name, new AttributeValue.S("")));
        return new ItemEditorViewModel(dynamoDb, table, skeleton, Optional.empty());
    }

    /** Deletes {@code item} from the chosen table and reads the first page again. */
    public void delete(Map<String, AttributeValue> item) {
        try {
            dynamoDb.deleteItem(new DeleteItemRequest(table, keyOf(item), WriteOptions.NONE));
            refresh();
        } catch (DynamoDbException e) {
            fail(e);
        }
    }

    /** The key attributes of {@code item}: what identifies it in the table. */
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        keyAttributes.forEach(name -> key.put(name, item.get(name)));
        return key;
    }

    private void loadPage() {
        QueryResult page = dynamoDb.scan(new ScanRequest(table, null, null, null, null, null, PAGE_SIZE,
                nextPageStart, null, null, null));
        items.addAll(page.items());
        nextPageStart = page.lastEvaluatedKey();
        morePages.set(nextPageStart != null);
        columns.setAll(columnsOf(items));
        status.set(items.size() + (items.size() == 1 ? " item" : " items") + (nextPageStart != null
                ? " read, more on the next page" : ""));
    }

    private List<String> columnsOf(List<Map<String, AttributeValue>> seen) {
        Set<String> names = new LinkedHashSet<>(keyAttributes);
        seen.forEach(item -> names.addAll(item.keySet()));
        return new ArrayList<>(names);
    }

    private void fail(DynamoDbException e) {
        status.set(e.error().code() + ": " + e.getMessage());
    }
}
