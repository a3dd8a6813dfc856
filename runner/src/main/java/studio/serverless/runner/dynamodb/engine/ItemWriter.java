package studio.serverless.runner.dynamodb.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import studio.serverless.runner.dynamodb.engine.expression.ConditionEvaluator;
import studio.serverless.runner.dynamodb.engine.stream.StreamPublisher;
import studio.serverless.runner.dynamodb.engine.stream.StreamRecord;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Runs prepared writes: checks the condition against the current item, reports the change to the journal,
 * stores it, and publishes the stream record. Callers hold the write lock of the table.
 */
final class ItemWriter {
    private final StreamPublisher streams;
    private final TableJournal journal;

    ItemWriter(StreamPublisher streams, TableJournal journal) {
        this.streams = streams;
        this.journal = journal;
    }

    /** Checks the condition and computes the new item, without storing it. */
    WriteOutcome evaluate(PreparedWrite write) {
        Map<String, AttributeValue> old = write.table().store().get(write.key());
        if (write.condition() != null && !ConditionEvaluator.matches(write.condition(), old == null ? Map.of() : old)) {
            throw DynamoDbException.conditionalCheckFailed(write.returnOldOnFailure() ? old : null);
        }
        return new WriteOutcome(old, write.change().apply(old));
    }

    /** Stores an evaluated outcome and publishes its stream record. */
    void store(PreparedWrite write, WriteOutcome outcome, StreamRecord.UserIdentity identity) {
        if (Objects.equals(outcome.oldItem(), outcome.newItem())) {
            return;
        }
        if (journal != TableJournal.NONE) {
            journal.itemsChanged(List.of(record(write, outcome)));
        }
        apply(write, outcome, identity);
    }

    /** Stores evaluated outcomes of one request, journalled together, and publishes their stream records. */
    void storeAll(List<PreparedWrite> writes, List<WriteOutcome> outcomes, StreamRecord.UserIdentity identity) {
        if (journal != TableJournal.NONE) {
            List<ItemRecord> changes = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                if (!Objects.equals(outcomes.get(i).oldItem(), outcomes.get(i).newItem())) {
                    changes.add(record(writes.get(i), outcomes.get(i)));
                }
            }
            if (!changes.isEmpty()) {
                journal.itemsChanged(changes);
            }
        }
        for (int i = 0; i < writes.size(); i++) {
            if (!Objects.equals(outcomes.get(i).oldItem(), outcomes.get(i).newItem())) {
                apply(writes.get(i), outcomes.get(i), identity);
            }
        }
    }

    private static ItemRecord record(PreparedWrite write, WriteOutcome outcome) {
        return new ItemRecord(write.table().definition().tableId(), write.key(), outcome.newItem());
    }

    private void apply(PreparedWrite write, WriteOutcome outcome, StreamRecord.UserIdentity identity) {
        if (outcome.newItem() == null) {
            write.table().store().delete(write.key());
        } else {
            write.table().store().put(write.key(), outcome.newItem());
        }
        write.table().indexChange(outcome.oldItem(), outcome.newItem());
        TableDefinition definition = write.table().definition();
        if (definition.stream().streamEnabled()) {
            Map<String, AttributeValue> any = outcome.newItem() != null ? outcome.newItem() : outcome.oldItem();
            streams.publish(new StreamPublisher.ItemChange(definition.name(), definition.streamArn(),
                    definition.stream().streamViewType(), Keys.keyAttributes(definition.keySchema(), any),
                    outcome.oldItem(), outcome.newItem()), identity);
        }
    }

    /** Runs one write under the table's lock. */
    WriteOutcome run(PreparedWrite write) {
        write.table().writeLock().lock();
        try {
            WriteOutcome outcome = evaluate(write);
            store(write, outcome, null);
            return outcome;
        } finally {
            write.table().writeLock().unlock();
        }
    }
}
