package studio.serverless.runner.stepfunctions.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import studio.serverless.runner.delivery.StepFunctionsCaller;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.AwsResponse;
import studio.serverless.runner.endpoint.ServiceAdapter;
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * Step Functions on the endpoint: JSON 1.0, {@code X-Amz-Target: AWSStepFunctions.<Operation>}, and the one place
 * its errors become {@code {"__type": ..., "message": ...}}. API Gateway's integrations call the same actions in
 * process ({@link StepFunctionsCaller}).
 */
public final class StepFunctionsAdapter implements ServiceAdapter, StepFunctionsCaller {

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
        String name = target == null || protocol != AwsProtocol.JSON ? String.valueOf(target)
                : target.substring(target.lastIndexOf('.') + 1);
        Answer answer = run(name, request.body());
        return new AwsResponse(answer.status(), JSON_1_0, Map.of(), answer.json().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Answer call(String action, String requestJson) {
        return run(action, requestJson.getBytes(StandardCharsets.UTF_8));
    }

    private Answer run(String name, byte[] body) {
        try {
            SfnAction action = actions.get(name);
            if (action == null) {
                throw new StepFunctionsException(StepFunctionsError.UNKNOWN_OPERATION,
                        "Unknown operation " + name);
            }
            return new Answer(200, action.body().run(parse(body), service).toString());
        } catch (StepFunctionsException e) {
            String json = SfnAction.object().put("__type", e.error().code()).put("message", e.getMessage())
                    .toString();
            return new Answer(e.error().httpStatus(), json);
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? SfnAction.object() : SfnAction.JSON.readTree(body);
        } catch (IOException e) {
            throw new StepFunctionsException(StepFunctionsError.SERIALIZATION, "the body is not valid JSON");
        }
    }
}
