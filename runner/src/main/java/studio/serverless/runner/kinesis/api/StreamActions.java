package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.KinesisException;
import studio.serverless.runner.kinesis.engine.KinesisStream;
import studio.serverless.runner.kinesis.engine.ShardDescription;
import studio.serverless.runner.kinesis.engine.StreamMode;

/** CreateStream, DeleteStream, DescribeStream, DescribeStreamSummary and ListStreams. */
final class StreamActions {

    private StreamActions() {
    }

    static List<KinesisAction> all() {
        return List.of(KinesisAction.of("CreateStream", StreamActions::create),
                KinesisAction.of("DeleteStream", (input, engine) -> {
                    engine.deleteStream(named(input, engine).name());
                    return KinesisAction.empty();
                }),
                KinesisAction.of("DescribeStream", StreamActions::describe),
                KinesisAction.of("DescribeStreamSummary", (input, engine) -> KinesisAction.empty()
                        .set("StreamDescriptionSummary", Descriptions.summary(named(input, engine)))),
                KinesisAction.of("ListStreams", StreamActions::list));
    }

    /** The stream a request names by StreamName or StreamARN. */
    static KinesisStream named(KinesisInput input, KinesisEngine engine) {
        return engine.stream(input.string("StreamName"), input.string("StreamARN"));
    }

    private static ObjectNode create(KinesisInput input, KinesisEngine engine) {
        String name = input.required("StreamName");
        KinesisInput details = input.structure("StreamModeDetails");
        StreamMode mode = details == null ? null : mode(details.required("StreamMode"));
        KinesisStream stream = engine.createStream(name, mode, input.integer("ShardCount"));
        Map<String, String> tags = input.stringMap("Tags");
        if (tags != null && !tags.isEmpty()) {
            engine.settings().addTags(stream.name(), tags);
        }
        return KinesisAction.empty();
    }

    private static StreamMode mode(String value) {
        try {
            return StreamMode.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw KinesisException.validation(value, "streamModeDetails.streamMode",
                    "satisfy enum value set: [PROVISIONED, ON_DEMAND]");
        }
    }

    private static ObjectNode describe(KinesisInput input, KinesisEngine engine) {
        KinesisStream stream = named(input, engine);
        int limit = Pages.limit(input.integer("Limit"), "limit", 100);
        Pages<ShardDescription> page = Pages.after(stream.shards(), ShardDescription::shardId,
                input.string("ExclusiveStartShardId"), limit);
        return KinesisAction.empty().set("StreamDescription",
                Descriptions.stream(stream, page.items(), page.more()));
    }

    private static ObjectNode list(KinesisInput input, KinesisEngine engine) {
        int limit = Pages.limit(input.integer("Limit"), "limit", 100);
        String token = input.string("NextToken");
        String after = token != null ? Pages.parts(token, 1)[0] : input.string("ExclusiveStartStreamName");
        Pages<KinesisStream> page = Pages.after(engine.streams(), KinesisStream::name, after, limit);
        ObjectNode result = KinesisAction.empty();
        ArrayNode names = result.putArray("StreamNames");
        ArrayNode summaries = result.putArray("StreamSummaries");
        page.items().forEach(stream -> {
            names.add(stream.name());
            summaries.add(Descriptions.listed(stream));
        });
        result.put("HasMoreStreams", page.more());
        if (page.more()) {
            result.put("NextToken", Pages.token(page.items().get(page.items().size() - 1).name()));
        }
        return result;
    }
}
