package studio.serverless.runner.dynamodb.engine.table;

import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/**
 * The type of a key attribute of the table or an index.
 *
 * @param attributeName the attribute
 * @param attributeType S, N or B
 */
public record AttributeDefinition(String attributeName, AttributeType attributeType) {
}
