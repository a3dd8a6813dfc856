package studio.serverless.runner.dynamodb.engine.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.Keys;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** ExclusiveStartKey and LastEvaluatedKey: validating the one and building the other. */
final class StartKeys {
    private StartKeys() {
    }

    /** @return the table key of an ExclusiveStartKey, or null when absent */
    static PrimaryKey tableKey(TableDefinition table, Map<String, AttributeValue> exclusiveStartKey) {
        if (exclusiveStartKey == null) {
            return null;
        }
        try {
            return Keys.fromKey(table, exclusiveStartKey);
        } catch (DynamoDbException e) {
            throw DynamoDbException.validation("The provided starting key is invalid: " + e.getMessage());
        }
    }

    /**
     * @return the ExclusiveStartKey of an index read, checked to hold the table and index key attributes with
     * their types; null when absent
     */
    static Map<String, AttributeValue> indexKey(TableDefinition table, SecondaryIndex index,
                                                Map<String, AttributeValue> exclusiveStartKey) {
        if (exclusiveStartKey == null) {
            return null;
        }
        Map<String, AttributeValue> key = lastKey(table, index, exclusiveStartKey);
        key.forEach((name, value) -> {
            if (value == null || value.type() != table.attributeTypes().get(name)) {
                throw DynamoDbException.validation("The provided starting key is invalid: The provided key element "
                        + "does not match the schema");
            }
        });
        return key;
    }

    /** @return the attributes of LastEvaluatedKey: the table key, plus the index key on an index */
    static Map<String, AttributeValue> lastKey(TableDefinition table, SecondaryIndex index,
                                               Map<String, AttributeValue> item) {
        List<String> names = new ArrayList<>(table.keySchema().attributeNames());
        if (index != null) {
            names.addAll(index.keySchema().attributeNames());
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        names.forEach(name -> key.put(name, item.get(name)));
        return key;
    }
}
