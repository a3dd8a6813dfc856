package studio.serverless.runner.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.delivery.StepFunctionsCaller;

/**
 * A route integrated with a state machine, as the infrastructure targets deploy it: the request body is the
 * execution's input ({@code Input: $request.body}; an empty body is no input, so {@code {}}), and the answer of
 * StartExecution (or StartSyncExecution for Express workflows) is the response body. An HTTP API passes the
 * service's status on (an error is the service's 400 with its {@code __type}); a REST API answers 200 whatever
 * the service said, as its one {@code default} integration response maps every answer.
 */
final class StepFunctionsIntegration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StepFunctionsCaller stepFunctions;
    private final ApiType type;

    StepFunctionsIntegration(StepFunctionsCaller stepFunctions, ApiType type) {
        this.stepFunctions = stepFunctions;
        this.type = type;
    }

    GatewayResponse start(RouteIntegration.StartExecution start, GatewayRequest request) {
        ObjectNode call = JSON.createObjectNode().put("stateMachineArn", start.stateMachineArn());
        String body = new String(request.body(), StandardCharsets.UTF_8);
        if (!body.isBlank()) {
            call.put("input", body);
        }
        StepFunctionsCaller.Answer answer = stepFunctions.call(start.action(), call.toString());
        return new GatewayResponse(type == ApiType.HTTP ? answer.status() : 200,
                Map.of("Content-Type", List.of("application/json")), answer.json().getBytes(StandardCharsets.UTF_8));
    }
}
