package studio.serverless.runner.lambda.mapping.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stream function's partial batch answer is read as Lambda reads it. */
class ItemFailuresTest {

    private static final List<ShardRecord> BATCH = List.of(record("101"), record("102"), record("103"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                                                 | -1",
        "null                                                               | -1",
        "{\"batchItemFailures\": []}                                        | -1",
        "{\"batchItemFailures\": null}                                      | -1",
        "{\"statusCode\": 200}                                              | -1",
        "not json                                                           | -1",
        "{\"batchItemFailures\": [{\"itemIdentifier\": \"103\"}, {\"itemIdentifier\": \"102\"}]} | 1",
        "{\"batchItemFailures\": [{\"itemIdentifier\": \"101\"}]}           | 0",
        "{\"batchItemFailures\": [{\"itemIdentifier\": \"999\"}]}           | 0",
        "{\"batchItemFailures\": [{\"itemIdentifier\": \"\"}]}              | 0",
        "{\"batchItemFailures\": [{}]}                                      | 0"})
    void theBatchResumesAtTheLowestReportedRecordAndAnUnknownOneFailsItAll(String answer, int firstFailed) {
        assertEquals(firstFailed, ItemFailures.firstFailed(answer.getBytes(StandardCharsets.UTF_8), BATCH));
    }

    private static ShardRecord record(String sequenceNumber) {
        return new ShardRecord(sequenceNumber, Instant.EPOCH, JsonNodeFactory.instance.objectNode());
    }
}
