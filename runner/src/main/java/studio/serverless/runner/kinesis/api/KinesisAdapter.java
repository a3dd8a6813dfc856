package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ServiceAdapter;
import studio.serverless.runner.kinesis.engine.KinesisEngine;
import studio.serverless.runner.kinesis.engine.KinesisError;
import studio.serverless.runner.kinesis.engine.KinesisException;

/**
 * Kinesis Data Streams on the endpoint: {@code X-Amz-Target: Kinesis_20131202.<Operation>} in JSON 1.1 or in
 * CBOR 1.1 (the AWS SDK for Java's default), answered in the encoding asked in; and the one place Kinesis errors
 * become {@code {"__type": ..., "message": ...}}, in either encoding.
 */
public final class KinesisAdapter implements ServiceAdapter {

    private final KinesisEngine engine;
    private final Map<String, KinesisAction> actions = new LinkedHashMap<>();

    /** An adapter over {@code engine}. */
    public KinesisAdapter(KinesisEngine engine) {
        this.engine = engine;
        Stream.of(StreamActions.all(), ShardActions.all(), RecordActions.all(), SettingsActions.all())
                .flatMap(List::stream).forEach(action -> actions.put(action.name(), action));
    }

    @Override
    public String signingName() {
        return "kinesis";
    }

    @Override
    public Set<String> jsonTargetPrefixes() {
        return Set.of("Kinesis_20131202");
    }

    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        WireFormat format = WireFormat.of(request.header("content-type"));
        String target = request.header("x-amz-target");
        String name = target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
        try {
            KinesisAction action = actions.get(name);
            if (action == null || protocol != AwsProtocol.JSON) {
                throw new KinesisException(KinesisError.UNKNOWN_OPERATION, "Unknown operation " + target);
            }
            return answer(format, 200, action.run(new KinesisInput(parse(format, request.body()), format), engine),
                    Map.of());
        } catch (KinesisException e) {
            ObjectNode body = KinesisAction.empty().put("__type", e.error().type()).put("message", e.getMessage());
            return answer(format, e.error().httpStatus(), body, Map.of("x-amzn-ErrorType", e.error().type()));
        }
    }

    private static JsonNode parse(WireFormat format, byte[] body) {
        if (body.length == 0) {
            return KinesisAction.empty();
        }
        JsonNode tree = format.read(body);
        if (tree == null) {
            throw KinesisInput.malformed("the body is not valid " + format);
        }
        return tree;
    }

    private static AwsResponse answer(WireFormat format, int status, JsonNode tree, Map<String, String> headers) {
        return new AwsResponse(status, format.contentType(), headers, format.write(tree));
    }
}
