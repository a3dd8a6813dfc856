package studio.serverless.runner.dynamodb.engine;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.stream.StreamRecord;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Deletes items whose TTL attribute (a number of epoch seconds) lies in the past, as the DynamoDB service does,
 * so their stream records carry the service's identity. Items whose TTL attribute is not a number are kept.
 */
final class TimeToLiveSweeper {
    private final TableRegistry tables;
    private final ItemWriter writer;
    private final Clock clock;

    TimeToLiveSweeper(TableRegistry tables, ItemWriter writer, Clock clock) {
        this.tables = tables;
        this.writer = writer;
        this.clock = clock;
    }

    /** @return the number of items deleted */
    int expire() {
        BigDecimal now = BigDecimal.valueOf(clock.instant().getEpochSecond());
        int expired = 0;
        for (Table table : tables.all()) {
            String attribute = table.definition().timeToLiveAttribute();
            if (attribute != null) {
                expired += expire(table, attribute, now);
            }
        }
        return expired;
    }

    private int expire(Table table, String attribute, BigDecimal now) {
        table.writeLock().lock();
        try {
            List<PrimaryKey> due = new ArrayList<>();
            Iterator<Map.Entry<PrimaryKey, Map<String, AttributeValue>>> all = table.store().scan(null);
            while (all.hasNext()) {
                Map.Entry<PrimaryKey, Map<String, AttributeValue>> entry = all.next();
                if (entry.getValue().get(attribute) instanceof AttributeValue.N expiry
                        && expiry.value().compareTo(now) < 0) {
                    due.add(entry.getKey());
                }
            }
            List<PreparedWrite> deletes = new ArrayList<>();
            List<WriteOutcome> outcomes = new ArrayList<>();
            for (PrimaryKey key : due) {
                PreparedWrite delete = new PreparedWrite(table, key, null, old -> null, false);
                deletes.add(delete);
                outcomes.add(writer.evaluate(delete));
            }
            writer.storeAll(deletes, outcomes, StreamRecord.UserIdentity.TIME_TO_LIVE);
            return due.size();
        } finally {
            table.writeLock().unlock();
        }
    }
}
