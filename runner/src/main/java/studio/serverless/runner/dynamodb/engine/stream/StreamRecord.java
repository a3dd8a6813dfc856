package studio.serverless.runner.dynamodb.engine.stream;

import java.time.Instant;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * One change of one item, as a DynamoDB Streams record.
 *
 * @param eventId                     unique id of the record
 * @param eventName                   INSERT, MODIFY or REMOVE
 * @param tableName                   the table changed
 * @param streamArn                   the table's stream ARN
 * @param keys                        the key attributes of the item
 * @param newImage                    the item after the change, or null (view type or REMOVE)
 * @param oldImage                    the item before the change, or null (view type or INSERT)
 * @param sequenceNumber              increasing across the engine, as a decimal string
 * @param sizeBytes                   size of the images and keys
 * @param streamViewType              the table's view type
 * @param approximateCreationDateTime when the change happened
 * @param userIdentity                who made the change: null for users, the DynamoDB service for TTL
 */
public record StreamRecord(String eventId, EventName eventName, String tableName, String streamArn,
                           Map<String, AttributeValue> keys, Map<String, AttributeValue> newImage,
                           Map<String, AttributeValue> oldImage, String sequenceNumber, long sizeBytes,
                           StreamViewType streamViewType, Instant approximateCreationDateTime,
                           UserIdentity userIdentity) {

    /** The three kinds of change. */
    public enum EventName {
        /** A new item. */ INSERT,
        /** A changed item. */ MODIFY,
        /** A deleted item. */ REMOVE
    }

    /**
     * Who made a change, present only on deletions by TTL.
     *
     * @param type        {@code Service}
     * @param principalId {@code dynamodb.amazonaws.com}
     */
    public record UserIdentity(String type, String principalId) {
        /** The identity AWS puts on records of items deleted by TTL. */
        public static final UserIdentity TIME_TO_LIVE = new UserIdentity("Service", "dynamodb.amazonaws.com");
    }
}
