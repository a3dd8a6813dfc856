package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.serverless.runner.dynamodb.engine.stream.StreamRecord;

/** Writes one stream record as GetRecords returns it (and as the Lambda stream trigger's event holds it). */
public final class StreamRecordJson {
    private StreamRecordJson() {
    }

    /** The record as JSON: eventID, eventName, eventVersion, eventSource, awsRegion, dynamodb, userIdentity. */
    public static ObjectNode of(StreamRecord streamRecord) {
        ObjectNode node = ResponseJson.object().put("eventID", streamRecord.eventId())
                .put("eventName", streamRecord.eventName().name()).put("eventVersion", "1.1")
                .put("eventSource", "aws:dynamodb").put("awsRegion", region(streamRecord.streamArn()));
        ObjectNode dynamodb = node.putObject("dynamodb")
                .put("ApproximateCreationDateTime",
                        streamRecord.approximateCreationDateTime().getEpochSecond());
        dynamodb.set("Keys", ResponseJson.item(streamRecord.keys()));
        ResponseJson.putItem(dynamodb, "NewImage", streamRecord.newImage());
        ResponseJson.putItem(dynamodb, "OldImage", streamRecord.oldImage());
        dynamodb.put("SequenceNumber", streamRecord.sequenceNumber()).put("SizeBytes", streamRecord.sizeBytes())
                .put("StreamViewType", streamRecord.streamViewType().name());
        if (streamRecord.userIdentity() != null) {
            node.putObject("userIdentity").put("PrincipalId", streamRecord.userIdentity().principalId())
                    .put("Type", streamRecord.userIdentity().type());
        }
        return node;
    }

    /** The region is the fourth field of the stream ARN ({@code arn:aws:dynamodb:REGION:...}). */
    private static String region(String streamArn) {
        String[] parts = streamArn.split(":", 5);
        return parts.length > 3 ? parts[3] : "";
    }
}
