package studio.serverless.runner.dynamodb.engine.table;

/**
 * What DescribeTimeToLive returns.
 *
 * @param timeToLiveStatus ENABLED or DISABLED
 * @param attributeName    the TTL attribute, or null when disabled
 */
public record TimeToLiveDescription(String timeToLiveStatus, String attributeName) {
}
