package studio.serverless.runner.dynamodb.engine.table;

/** How the table is billed. */
public enum BillingMode {
    /** Capacity set in advance. */ PROVISIONED,
    /** On demand. */ PAY_PER_REQUEST
}
