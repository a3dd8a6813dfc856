package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.PutEntry;
import studio.serverless.runner.kinesis.engine.PutResult;

/** PutRecord and PutRecords. */
final class RecordActions {

    private RecordActions() {
    }

    static List<KinesisAction> all() {
        return List.of(KinesisAction.of("PutRecord", (input, engine) -> {
            String stream = StreamActions.named(input, engine).name();
            PutResult result = engine.putRecord(stream, entry(input));
            return KinesisAction.empty().put("ShardId", result.shardId())
                    .put("SequenceNumber", result.sequenceNumber()).put("EncryptionType", "NONE");
        }), KinesisAction.of("PutRecords", RecordActions::putRecords));
    }

    /**
     * PutRecords answers every entry in order; FailedRecordCount counts the ones that failed alone (each would
     * carry ErrorCode and ErrorMessage instead of ShardId and SequenceNumber). Locally none does: AWS fails
     * single records only for throttling or internal errors, which the emulator has not.
     */
    private static ObjectNode putRecords(KinesisInput input, KinesisEngine engine) {
        String stream = StreamActions.named(input, engine).name();
        List<PutEntry> entries = new ArrayList<>();
        for (KinesisInput item : input.requiredStructures("Records")) {
            entries.add(entry(item));
        }
        List<PutResult> results = engine.putRecords(stream, entries);
        ObjectNode answer = KinesisAction.empty().put("FailedRecordCount", 0);
        ArrayNode records = answer.putArray("Records");
        results.forEach(result -> records.addObject().put("SequenceNumber", result.sequenceNumber())
                .put("ShardId", result.shardId()));
        return answer.put("EncryptionType", "NONE");
    }

    private static PutEntry entry(KinesisInput input) {
        byte[] data = input.blob("Data");
        return new PutEntry(input.required("PartitionKey"), input.string("ExplicitHashKey"), data);
    }
}
