package studio.serverless.runner.dynamodb.engine.query;

/** What Query and Scan return. */
public enum Select {
    /** Every attribute. */ ALL_ATTRIBUTES,
    /** Every attribute projected into the index. */ ALL_PROJECTED_ATTRIBUTES,
    /** The attributes of the ProjectionExpression. */ SPECIFIC_ATTRIBUTES,
    /** Only the counts. */ COUNT
}
