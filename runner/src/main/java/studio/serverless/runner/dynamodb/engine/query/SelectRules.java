package studio.serverless.runner.dynamodb.engine.query;

import studio.serverless.runner.dynamodb.engine.DynamoDbException;

/** Which Select values a read may use, with AWS's messages (Query wraps one of them in its validation envelope). */
final class SelectRules {
    private SelectRules() {
    }

    static void check(Select select, String projectionExpression, String indexName, boolean query) {
        if (select == Select.ALL_PROJECTED_ATTRIBUTES && indexName == null) {
            throw DynamoDbException.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an "
                    + "IndexName");
        }
        if (select == Select.SPECIFIC_ATTRIBUTES && projectionExpression == null) {
            throw DynamoDbException.validation((query ? "1 validation error detected: " : "") + "Must specify the "
                    + "AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        }
    }
}
