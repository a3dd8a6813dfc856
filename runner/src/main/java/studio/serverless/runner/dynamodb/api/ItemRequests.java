package studio.serverless.runner.dynamodb.api;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.ReturnValues;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Reads the members item operations share: Key, Item, expressions with their placeholders, ReturnValues. */
final class ItemRequests {
    /** The pre-expression parameters, which the local cloud does not emulate. */
    private static final String[] LEGACY = {"Expected", "AttributeUpdates", "AttributesToGet", "KeyConditions",
        "QueryFilter", "ScanFilter", "ConditionalOperator"};

    private ItemRequests() {
    }

    static Map<String, AttributeValue> key(RequestReader request) {
        return request.required("Key", AttributeValueJson.item(request.rawMember("Key")));
    }

    static Map<String, AttributeValue> item(RequestReader request) {
        return request.required("Item", AttributeValueJson.item(request.rawMember("Item")));
    }

    static Map<String, AttributeValue> values(RequestReader request) {
        return AttributeValueJson.item(request.rawMember("ExpressionAttributeValues"));
    }

    /** Condition, placeholders, ReturnValues and ReturnValuesOnConditionCheckFailure of a write. */
    static WriteOptions writeOptions(RequestReader request) {
        refuseLegacy(request);
        ReturnValues returnValues = request.enumValue("ReturnValues", ReturnValues.class);
        OnConditionFailure onFailure = request.enumValue("ReturnValuesOnConditionCheckFailure",
                OnConditionFailure.class);
        return new WriteOptions(request.string("ConditionExpression"),
                request.stringMap("ExpressionAttributeNames"), values(request), returnValues,
                onFailure == OnConditionFailure.ALL_OLD);
    }

    /** Refuses the legacy parameters with a message that names the expression to use instead. */
    static void refuseLegacy(RequestReader request) {
        for (String name : LEGACY) {
            if (request.has(name)) {
                throw DynamoDbException.validation("The legacy parameter " + name + " is not supported by the "
                        + "local cloud; use the expression parameters (ConditionExpression, UpdateExpression, "
                        + "ProjectionExpression, KeyConditionExpression, FilterExpression) instead");
            }
        }
    }

    /** The values of ReturnValuesOnConditionCheckFailure. */
    enum OnConditionFailure {
        /** Return the item as it was. */ ALL_OLD,
        /** Return nothing. */ NONE
    }
}
