package studio.serverless.runner.stepfunctions.api;

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
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * Step Functions on the endpoint: JSON 1.0, {@code X-Amz-Target: AWSStepFunctions.<Operation>}, and the one place
 * its errors become {@code {"__type": ..., "message": ...}}.
 */
public final class StepFunctionsAdapter implements ServiceAdapter {

    private static final String JSON_1_0 = "application/x-amz-json-1.0";

    private final StepFunctionsService service;
    private final Map<String, SfnAction> actions = new LinkedHashMap<>();

    /** An adapter over {@code service}. */
    public StepFunctionsAdapter(StepFunctionsService service) {
        this.service = service;
        Stream.of(MachineActions.all(), ExecutionActions.all(), CallbackActions.all()).flatMap(List::stream)
                .forEach(action -> actions.put(action.name(), action));
    }

    @Override
    public String signingName() {
        return "states";
    }

    @Override
    public Set<String> jsonTargetPrefixes() {
        return Set.of("AWSStepFunctions");
    }

    @Override
    public AwsResponse handle(AwsRequest request, AwsProtocol protocol) {
        String target = request.header("x-amz-target");
        String name = target == null ? "" : target.substring(target.lastIndexOf('.') + 1);
        try {
            SfnAction action = actions.get(name);
            if (action == null || protocol != AwsProtocol.JSON) {
                throw new StepFunctionsException(StepFunctionsError.UNKNOWN_OPERATION, "Unknown operation " + target);
            }
            return answer(200, action.body().run(parse(request.body()), service).toString());
        } catch (StepFunctionsException e) {
            String body = SfnAction.object().put("__type", e.error().code()).put("message", e.getMessage())
                    .toString();
            return answer(e.error().httpStatus(), body);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? SfnAction.object() : SfnAction.JSON.readTree(body);
        } catch (IOException e) {
            throw new StepFunctionsException(StepFunctionsError.SERIALIZATION, "the body is not valid JSON");
        }
    }

    private static AwsResponse answer(int status, String json) {
        return new AwsResponse(status, JSON_1_0, Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }
}
