package studio.serverless.runner.stepfunctions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import studio.serverless.runner.LocalCloud;

/** A JSONata state machine with variables, driven through the real AWS SDK for Java v2 {@code SfnClient}. */
class JsonataSdkTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/StatesRole";
    private static final String ORDER = ("{'QueryLanguage':'JSONata','StartAt':'Remember','States':{"
            + "'Remember':{'Type':'Pass','Assign':{'customer':'{% $states.input.customer %}','count':2},"
            + "'Next':'Total'},"
            + "'Total':{'Type':'Pass','Output':{'who':'{% $customer %}','total':'{% $states.input.price * $count %}'},"
            + "'End':true}}}").replace('\'', '"');

    private final LocalCloud cloud = LocalCloud.start(0);
    private final SfnClient sfn = SfnClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
            .httpClient(UrlConnectionHttpClient.create()).build();

    @AfterEach
    void stop() {
        sfn.close();
        cloud.stop();
    }

    private String run(String machine, String name, String input) throws Exception {
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).name(name).input(input))
                .executionArn();
        cloud.stepFunctions().execution(execution).completion().get(10, TimeUnit.SECONDS);
        return execution;
    }

    @Test
    void variablesAssignedByOneStateAreReadByTheNextAndShownInTheHistory() throws Exception {
        String machine = sfn.createStateMachine(b -> b.name("Order").definition(ORDER).roleArn(ROLE))
                .stateMachineArn();

        String execution = run(machine, "first", "{\"customer\":\"Ada\",\"price\":5}");

        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
        assertEquals(ExecutionStatus.SUCCEEDED, described.status());
        assertEquals("{\"who\":\"Ada\",\"total\":10}", described.output());
        List<HistoryEvent> events = sfn.getExecutionHistory(b -> b.executionArn(execution)).events();
        HistoryEvent exited = events.get(2);
        assertEquals(HistoryEventType.PASS_STATE_EXITED, exited.type());
        assertEquals(Map.of("customer", "\"Ada\"", "count", "2"), exited.stateExitedEventDetails().assignedVariables());
        assertEquals(Boolean.FALSE, exited.stateExitedEventDetails().assignedVariablesDetails().truncated());
    }

    @Test
    void aFailingExpressionFailsTheExecutionWithAnEvaluationFailedEvent() throws Exception {
        String machine = sfn.createStateMachine(b -> b.name("Order").definition(ORDER).roleArn(ROLE))
                .stateMachineArn();

        String execution = run(machine, "no-price", "{\"customer\":\"Ada\"}");

        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
        assertEquals(ExecutionStatus.FAILED, described.status());
        assertEquals("States.QueryEvaluationError", described.error());
        HistoryEvent failed = sfn.getExecutionHistory(b -> b.executionArn(execution)).events().stream()
                .filter(event -> event.type() == HistoryEventType.EVALUATION_FAILED).findFirst().orElseThrow();
        assertEquals("Total", failed.evaluationFailedEventDetails().state());
        assertEquals("Output/total", failed.evaluationFailedEventDetails().location());
        assertTrue(failed.evaluationFailedEventDetails().cause().contains("'Output/total'"),
                failed.evaluationFailedEventDetails().cause());
    }
}
