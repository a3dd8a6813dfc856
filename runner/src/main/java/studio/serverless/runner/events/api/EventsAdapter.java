package studio.serverless.runner.events.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ServiceAdapter;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.events.engine.EventsError;
import studio.serverless.runner.events.engine.EventsException;

/**
 * EventBridge on the endpoint: JSON 1.1 with {@code X-Amz-Target: AWSEvents.<Operation>}, and the one place
 * EventBridge errors become {@code {"__type": ..., "message": ...}}.
 */
public final class EventsAdapter implements ServiceAdapter {

    /** The content type of AWS JSON 1.1 answers. */
    static final String JSON_1_1 = "application/x-amz-json-1.1";

    private final EventsEngine engine;
    private final Map<String, EventsAction> actions = new LinkedHashMap<>();

    /** An adapter over {@code engine}. */
    public EventsAdapter(EventsEngine engine) {
        this.engine = engine;
        Stream.of(BusActions.all(), RuleActions.all(), TargetActions.all(), EventActions.all(), TagActions.all())
                .flatMap(List::stream).forEach(action -> actions.put(action.name(), action));
    }

    @Override
    public String signingName() {
        return "events";
    }

    @Override
    public Set<String> jsonTargetPrefixes() {
        return Set.of("AWSEvents");
    }

    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        String target = request.header("x-amz-target");
        String name = target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
        try {
            EventsAction action = actions.get(name);
            if (action == null || protocol != AwsProtocol.JSON) {
                throw new EventsException(EventsError.UNKNOWN_OPERATION, "Unknown operation " + target);
            }
            return answer(200, action.run(new EventsInput(parse(request.body())), engine).toString());
        } catch (EventsException e) {
            String body = EventsAction.empty().put("__type", e.error().type()).put("message", e.getMessage())
                    .toString();
            return answer(e.error().httpStatus(), body);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? EventsAction.empty() : EventsAction.JSON.readTree(body);
        } catch (IOException e) {
            throw EventsInput.malformed("the body is not valid JSON");
        }
    }

    private static AwsResponse answer(int status, String json) {
        return new AwsResponse(status, JSON_1_1, Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }
}
