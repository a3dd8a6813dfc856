package studio.serverless.runner.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.delivery.FunctionCaller;
import studio.serverless.runner.stepfunctions.api.StepFunctionsAdapter;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;

/**
 * Routes integrated with a state machine, served by the local API Gateway over the local Step Functions service:
 * the request body is the execution's input and the client gets Step Functions' own answer.
 */
class StateMachineRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::000000000000:role/r";
    private static final String GREETER = "{\"StartAt\":\"Greet\",\"States\":{\"Greet\":{\"Type\":\"Pass\","
            + "\"Parameters\":{\"greeting.$\":\"States.Format('Hello, {}!', $.name)\"},\"End\":true}}}";

    private final LocalCloud cloud = LocalCloud.start(0);
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiGateways apis;

    @AfterEach
    void stop() {
        apis.close();
        cloud.stop();
    }

    private URI serve(ApiType type, String machineType) {
        String arn = cloud.stepFunctions().create("greeter", GREETER, ROLE, machineType).arn();
        ApiRoute route = ApiRoute.parse("POST /greetings",
                new RouteIntegration.StartExecution(arn, "EXPRESS".equals(machineType)));
        apis = ApiGateways.start(List.of(new ApiDefinition("greetings", type, "prod", false, List.of(route))),
                (FunctionCaller) (name, event) -> { throw new AssertionError("no function here"); },
                new StepFunctionsAdapter(cloud.stepFunctions()), 0, "000000000000");
        return apis.listeners().get(0).uri().resolve("/greetings");
    }

    private HttpResponse<String> post(URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anHttpApiRouteStartsAStandardExecutionAndAnswersStartExecutionsResult() throws Exception {
        HttpResponse<String> response = post(serve(ApiType.HTTP, "STANDARD"), "{\"name\":\"Ada\"}");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals(List.of("executionArn", "startDate"), fieldNames(answer));
        assertTrue(answer.get("startDate").isNumber(), response.body());
        var execution = cloud.stepFunctions().execution(answer.get("executionArn").asText());
        assertEquals(ExecutionStatus.SUCCEEDED, execution.completion().get(10, TimeUnit.SECONDS).status());
        assertEquals("{\"greeting\":\"Hello, Ada!\"}", execution.output().toString());
    }

    @Test
    void anExpressWorkflowsRouteWaitsForTheEndAndAnswersStartSyncExecutionsResult() throws Exception {
        HttpResponse<String> response = post(serve(ApiType.HTTP, "EXPRESS"), "{\"name\":\"Bo\"}");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("SUCCEEDED", answer.get("status").asText());
        assertEquals("{\"greeting\":\"Hello, Bo!\"}", answer.get("output").asText());
        assertEquals("{\"name\":\"Bo\"}", answer.get("input").asText());
        assertTrue(answer.get("executionArn").asText().startsWith(
                "arn:aws:states:us-east-1:000000000000:express:greeter:"), response.body());
        assertTrue(answer.at("/billingDetails/billedDurationInMilliseconds").asLong() >= 100, response.body());
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithStepFunctionsErrorOnAnHttpApi() throws Exception {
        HttpResponse<String> response = post(serve(ApiType.HTTP, "STANDARD"), "not json");

        assertEquals(400, response.statusCode());
        assertEquals("InvalidExecutionInput", JSON.readTree(response.body()).get("__type").asText());
        assertEquals(List.of(), cloud.stepFunctions().executions(
                "arn:aws:states:us-east-1:000000000000:stateMachine:greeter"));
    }

    @Test
    void aRestApiAnswers200WithStepFunctionsAnswerWhateverItSaid() throws Exception {
        HttpResponse<String> response = post(serve(ApiType.REST, "STANDARD"), "not json");

        assertEquals(200, response.statusCode());
        assertEquals("InvalidExecutionInput", JSON.readTree(response.body()).get("__type").asText());
    }

    @Test
    void anEmptyBodyStartsTheExecutionWithAnEmptyObject() throws Exception {
        HttpResponse<String> response = post(serve(ApiType.HTTP, "EXPRESS"), "");

        JsonNode answer = JSON.readTree(response.body());
        assertEquals("{}", answer.get("input").asText(), response.body());
        // the greeting needs a name: a failed execution is still Step Functions' 200, its status says FAILED
        assertEquals(200, response.statusCode());
        assertEquals("FAILED", answer.get("status").asText(), response.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
