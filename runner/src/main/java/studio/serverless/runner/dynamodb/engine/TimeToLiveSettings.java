package studio.serverless.runner.dynamodb.engine;

import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.table.TimeToLiveDescription;

/** UpdateTimeToLive and DescribeTimeToLive. */
final class TimeToLiveSettings {
    private TimeToLiveSettings() {
    }

    static TimeToLiveDescription update(TableRegistry tables, String tableName, boolean enabled, String attribute) {
        Table table = tables.require(tableName);
        table.writeLock().lock();
        try {
            TableDefinition definition = table.definition();
            if (enabled && definition.timeToLiveAttribute() != null) {
                throw DynamoDbException.validation("TimeToLive is already enabled");
            }
            if (!enabled && definition.timeToLiveAttribute() == null) {
                throw DynamoDbException.validation("TimeToLive is already disabled");
            }
            if (attribute == null || attribute.isEmpty()) {
                throw DynamoDbException.validation("1 validation error detected: Value null at "
                        + "'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be "
                        + "null");
            }
            tables.redefine(table, definition.withTimeToLive(enabled ? attribute : null));
            return new TimeToLiveDescription(enabled ? "ENABLED" : "DISABLED", attribute);
        } finally {
            table.writeLock().unlock();
        }
    }

    static TimeToLiveDescription describe(TableRegistry tables, String tableName) {
        String attribute = tables.require(tableName).definition().timeToLiveAttribute();
        return new TimeToLiveDescription(attribute == null ? "DISABLED" : "ENABLED", attribute);
    }
}
