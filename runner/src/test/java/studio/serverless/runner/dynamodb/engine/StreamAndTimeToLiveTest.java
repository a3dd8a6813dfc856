package studio.serverless.runner.dynamodb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.TABLE;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.item;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.key;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.WriteOptions;
import studio.serverless.runner.dynamodb.engine.stream.StreamRecord;
import studio.serverless.runner.dynamodb.engine.stream.StreamViewType;
import studio.serverless.runner.dynamodb.engine.table.StreamSpecification;
import studio.serverless.runner.dynamodb.engine.table.UpdateTableRequest;

class StreamAndTimeToLiveTest {
    private final EngineFixture fixture = new EngineFixture().withTable();
    private final List<StreamRecord> records = new ArrayList<>();

    private void enableStream(StreamViewType viewType) {
        fixture.engine.updateTable(new UpdateTableRequest(TABLE, null, null, null, null, null,
                new StreamSpecification(true, viewType)));
        fixture.engine.addStreamListener(records::add);
    }

    @ParameterizedTest
    @EnumSource(StreamViewType.class)
    void modifyRecordsCarryTheImagesOfTheViewType(StreamViewType viewType) {
        enableStream(viewType);
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        fixture.put(item("pk", "a", "sk", 1, "v", 2));
        StreamRecord modify = records.get(1);
        assertEquals(StreamRecord.EventName.MODIFY, modify.eventName());
        assertEquals(key("a", 1), modify.keys());
        assertEquals(viewType.hasNewImage() ? item("pk", "a", "sk", 1, "v", 2) : null, modify.newImage());
        assertEquals(viewType.hasOldImage() ? item("pk", "a", "sk", 1, "v", 1) : null, modify.oldImage());
    }

    @Test
    void changesYieldInsertModifyRemoveWithIncreasingSequenceNumbers() {
        enableStream(StreamViewType.KEYS_ONLY);
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        fixture.put(item("pk", "a", "sk", 1, "v", 2));
        fixture.engine.deleteItem(new DeleteItemRequest(TABLE, key("a", 1), WriteOptions.NONE));
        assertEquals(List.of(StreamRecord.EventName.INSERT, StreamRecord.EventName.MODIFY,
                StreamRecord.EventName.REMOVE), records.stream().map(StreamRecord::eventName).toList());
        assertTrue(Long.parseLong(records.get(0).sequenceNumber()) < Long.parseLong(records.get(2).sequenceNumber()));
    }

    @Test
    void unchangedItemYieldsNoRecord() {
        enableStream(StreamViewType.NEW_IMAGE);
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        fixture.put(item("pk", "a", "sk", 1, "v", 1));
        assertEquals(1, records.size());
    }

    @Test
    void expiredItemsAreRemovedByTheServiceWhenTheClockPassesTheirTtl() {
        enableStream(StreamViewType.OLD_IMAGE);
        fixture.engine.updateTimeToLive(TABLE, true, "expires");
        long expiry = Instant.parse("2024-01-01T01:00:00Z").getEpochSecond();
        fixture.put(item("pk", "a", "sk", 1, "expires", expiry));
        fixture.put(item("pk", "a", "sk", 2, "expires", expiry + 3600));
        assertEquals(0, fixture.engine.expireItems());

        fixture.clock.set(Instant.parse("2024-01-01T01:30:00Z"));

        assertEquals(1, fixture.engine.expireItems());
        assertNull(fixture.get("a", 1));
        StreamRecord removal = records.get(records.size() - 1);
        assertEquals(StreamRecord.EventName.REMOVE, removal.eventName());
        assertEquals(StreamRecord.UserIdentity.TIME_TO_LIVE, removal.userIdentity());
    }
}
