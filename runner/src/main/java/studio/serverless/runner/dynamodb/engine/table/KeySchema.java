package studio.serverless.runner.dynamodb.engine.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated key schema: a partition key and an optional sort key.
 *
 * @param partitionKey the HASH attribute
 * @param sortKey      the RANGE attribute, or null
 */
public record KeySchema(String partitionKey, String sortKey) {
    /** @return whether the schema has a sort key */
    public boolean hasSortKey() {
        return sortKey != null;
    }

    /** @return whether the attribute is part of this key */
    public boolean contains(String attributeName) {
        return attributeName.equals(partitionKey) || attributeName.equals(sortKey);
    }

    /** @return the key attributes, partition key first */
    public List<String> attributeNames() {
        return hasSortKey() ? List.of(partitionKey, sortKey) : List.of(partitionKey);
    }

    /** @return the schema as wire elements */
    public List<KeySchemaElement> elements() {
        List<KeySchemaElement> elements = new ArrayList<>();
        elements.add(new KeySchemaElement(partitionKey, KeySchemaElement.KeyType.HASH));
        if (hasSortKey()) {
            elements.add(new KeySchemaElement(sortKey, KeySchemaElement.KeyType.RANGE));
        }
        return elements;
    }
}
