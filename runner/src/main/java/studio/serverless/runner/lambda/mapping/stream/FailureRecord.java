package studio.serverless.runner.lambda.mapping.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import studio.serverless.runner.lambda.engine.InvocationResult;

/**
 * The record Lambda sends to a stream mapping's on-failure destination: not the records themselves but where they
 * are (requestContext, responseContext, version, timestamp and {@code DDBStreamBatchInfo} / {@code KinesisBatchInfo}
 * with shardId, start and end sequence numbers, arrival of first and last record, batchSize and streamArn).
 */
final class FailureRecord {

    /** The batch was retried MaximumRetryAttempts times. */
    static final String RETRIES_EXHAUSTED = "RetryAttemptsExhausted";
    /** A record of the batch grew older than MaximumRecordAgeInSeconds (or the stream's retention). */
    static final String RECORD_AGE_EXCEEDED = "RecordAgeExceeded";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FailureRecord() {
    }

    /**
     * The record.
     *
     * @param last the batch's last invocation, or null when it expired before one
     */
    static String of(PendingBatch batch, String condition, InvocationResult last, String functionArn,
                     StreamSource source, String shardId, Instant now) {
        ObjectNode record = JSON.createObjectNode();
        record.putObject("requestContext").put("requestId", last == null ? "" : last.requestId())
                .put("functionArn", functionArn).put("condition", condition)
                .put("approximateInvokeCount", batch.invocations());
        ObjectNode response = record.putObject("responseContext").put("statusCode", 200)
                .put("executedVersion", "$LATEST");
        if (last != null && last.failed()) {
            response.put("functionError", "Unhandled");
        }
        record.put("version", "1.0").put("timestamp", now.truncatedTo(ChronoUnit.MILLIS).toString());
        record.putObject(source.batchInfoField()).put("shardId", shardId)
                .put("startSequenceNumber", batch.first().sequenceNumber())
                .put("endSequenceNumber", batch.last().sequenceNumber())
                .put("approximateArrivalOfFirstRecord", seconds(batch.first().arrival()))
                .put("approximateArrivalOfLastRecord", seconds(batch.last().arrival()))
                .put("batchSize", batch.records().size()).put("streamArn", source.arn());
        return record.toString();
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
