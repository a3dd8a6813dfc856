package studio.serverless.runner.dynamodb.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.transact.CancellationReason;
import studio.serverless.runner.dynamodb.engine.transact.TransactGetItem;
import studio.serverless.runner.dynamodb.engine.transact.TransactWriteItem;

/**
 * TransactWriteItems and TransactGetItems. A write transaction locks its tables in name order, evaluates every
 * action, and stores nothing unless all succeed; the journal receives all its changes in one call.
 */
final class TransactOperations {
    static final int MAX_ITEMS = 100;

    private final TableRegistry tables;
    private final ItemWriter writer;
    private final ItemOperations items;

    TransactOperations(TableRegistry tables, ItemWriter writer, ItemOperations items) {
        this.tables = tables;
        this.writer = writer;
        this.items = items;
    }

    void write(List<TransactWriteItem> actions) {
        requireCount(actions.size(), "transactItems");
        List<PreparedWrite> writes = new ArrayList<>();
        for (TransactWriteItem action : actions) {
            writes.add(prepare(action));
        }
        requireDistinctItems(writes);
        Map<String, Table> locked = new TreeMap<>();
        writes.forEach(write -> locked.put(write.table().name(), write.table()));
        locked.values().forEach(table -> table.writeLock().lock());
        try {
            writer.storeAll(writes, evaluateAll(writes), null);
        } finally {
            locked.values().forEach(table -> table.writeLock().unlock());
        }
    }

    List<ItemResult> get(List<TransactGetItem> gets) {
        requireCount(gets.size(), "transactItems");
        return gets.stream().map(get -> items.get(new GetItemRequest(get.tableName(), get.key(),
                get.projectionExpression(), get.expressionAttributeNames()))).toList();
    }

    private PreparedWrite prepare(TransactWriteItem action) {
        Table table = tables.require(action.tableName());
        WriteOptions options = action.options() == null ? WriteOptions.NONE : action.options();
        if (action instanceof TransactWriteItem.Put put) {
            return WritePreparer.put(table, put.item(), options);
        }
        if (action instanceof TransactWriteItem.Delete delete) {
            return WritePreparer.delete(table, delete.key(), options);
        }
        if (action instanceof TransactWriteItem.Update update) {
            WritePreparer.ParsedUpdate parsed = WritePreparer.parseUpdate(update.updateExpression(), options);
            return WritePreparer.update(table, update.key(), parsed.actions(), parsed.condition(),
                    options.returnOldItemOnConditionFailure());
        }
        TransactWriteItem.ConditionCheck check = (TransactWriteItem.ConditionCheck) action;
        if (options.conditionExpression() == null) {
            throw DynamoDbException.validation("The ConditionExpression parameter is required for ConditionCheck");
        }
        return WritePreparer.conditionCheck(table, check.key(), options);
    }

    private List<WriteOutcome> evaluateAll(List<PreparedWrite> writes) {
        List<WriteOutcome> outcomes = new ArrayList<>();
        List<CancellationReason> reasons = new ArrayList<>();
        boolean cancelled = false;
        for (PreparedWrite write : writes) {
            try {
                outcomes.add(writer.evaluate(write));
                reasons.add(CancellationReason.NONE);
            } catch (DynamoDbException e) {
                cancelled = true;
                reasons.add(reason(e));
            }
        }
        if (cancelled) {
            throw DynamoDbException.transactionCanceled(reasons);
        }
        return outcomes;
    }

    private static CancellationReason reason(DynamoDbException e) {
        if (e.error() == DynamoDbError.CONDITIONAL_CHECK_FAILED) {
            return new CancellationReason("ConditionalCheckFailed", e.getMessage(), e.item());
        }
        return new CancellationReason("ValidationError", e.getMessage(), null);
    }

    private static void requireDistinctItems(List<PreparedWrite> writes) {
        Set<String> seen = new HashSet<>();
        for (PreparedWrite write : writes) {
            if (!seen.add(write.table().name() + "\u0000" + write.key())) {
                throw DynamoDbException.validation("Transaction request cannot include multiple operations on one "
                        + "item");
            }
        }
    }

    /** AWS's texts, minus the dump of the request objects it puts after "Value" when there are too many. */
    private static void requireCount(int count, String field) {
        if (count < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '[]' at '" + field + "' failed "
                    + "to satisfy constraint: Member must have length greater than or equal to 1");
        }
        if (count > MAX_ITEMS) {
            throw DynamoDbException.validation("1 validation error detected: Value at '" + field + "' failed to "
                    + "satisfy constraint: Member must have length less than or equal to " + MAX_ITEMS);
        }
    }


}
