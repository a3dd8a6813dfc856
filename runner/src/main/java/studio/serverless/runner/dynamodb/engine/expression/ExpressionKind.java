package studio.serverless.runner.dynamodb.engine.expression;

/** The kinds of expression a request can carry, named as AWS names them in error messages. */
public enum ExpressionKind {
    /** A condition on a write. */ ConditionExpression,
    /** A filter on query or scan results. */ FilterExpression,
    /** The key condition of a query. */ KeyConditionExpression,
    /** The changes of an update. */ UpdateExpression,
    /** The attributes to return. */ ProjectionExpression;

    /** @return the prefix AWS puts before an expression error, e.g. {@code Invalid UpdateExpression: } */
    public String errorPrefix() {
        return "Invalid " + name() + ": ";
    }
}
