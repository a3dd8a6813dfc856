package studio.serverless.runner.dynamodb.engine.table;

import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/** Validates key schemas against attribute definitions, with AWS's messages. */
final class KeySchemaValidator {
    private KeySchemaValidator() {
    }

    /** @return the key schema the elements describe */
    static KeySchema keySchema(List<KeySchemaElement> elements, Map<String, AttributeType> types) {
        if (elements.isEmpty() || elements.size() > 2) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + elements + "' at "
                    + "'keySchema' failed to satisfy constraint: Member must have length " + (elements.isEmpty()
                    ? "greater than or equal to 1" : "less than or equal to 2"));
        }
        if (elements.get(0).keyType() != KeySchemaElement.KeyType.HASH) {
            throw DynamoDbException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key "
                    + "type");
        }
        String sortKey = null;
        if (elements.size() == 2) {
            if (elements.get(1).keyType() != KeySchemaElement.KeyType.RANGE) {
                throw DynamoDbException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE "
                        + "key type");
            }
            sortKey = elements.get(1).attributeName();
            if (sortKey.equals(elements.get(0).attributeName())) {
                throw DynamoDbException.validation("Both the Hash Key and the Range Key element in the KeySchema "
                        + "have the same name");
            }
        }
        KeySchema schema = new KeySchema(elements.get(0).attributeName(), sortKey);
        requireDefined(schema, types);
        return schema;
    }

    private static void requireDefined(KeySchema schema, Map<String, AttributeType> types) {
        List<String> missing = schema.attributeNames().stream().filter(name -> !types.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw DynamoDbException.invalidParameter("Some index key attributes are not defined in "
                    + "AttributeDefinitions. Keys: " + missing + ", AttributeDefinitions: "
                    + types.keySet().stream().sorted().toList());
        }
    }
}
