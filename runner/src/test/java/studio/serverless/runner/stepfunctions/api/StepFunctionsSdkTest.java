package studio.serverless.runner.stepfunctions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import studio.serverless.runner.LocalCloud;

/** The Step Functions API on the local endpoint, driven by the real AWS SDK for Java v2 {@code SfnClient}. */
class StepFunctionsSdkTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/StatesRole";
    private static final String GREETER = "{\"StartAt\":\"Greet\",\"States\":{"
            + "\"Greet\":{\"Type\":\"Pass\",\"Parameters\":{\"greeting.$\":\"States.Format('Hello, {}!', $.name)\"},"
            + "\"Next\":\"Check\"},"
            + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.greeting\",\"StringMatches\":\"Hello*\","
            + "\"Next\":\"Done\"}],\"Default\":\"Oops\"},"
            + "\"Done\":{\"Type\":\"Succeed\"},\"Oops\":{\"Type\":\"Fail\",\"Error\":\"NoGreeting\"}}}";

    private final LocalCloud cloud = LocalCloud.start(0);
    private final SfnClient sfn = SfnClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
            .httpClient(UrlConnectionHttpClient.create()).build();

    @AfterEach
    void stop() {
        sfn.close();
        cloud.stop();
    }

    @Test
    void anExecutionStartedThroughTheSdkRunsToItsOutputAndHistory() throws Exception {
        String machine = sfn.createStateMachine(b -> b.name("Greeter").definition(GREETER).roleArn(ROLE))
                .stateMachineArn();

        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).name("first")
                .input("{\"name\":\"Ada\"}")).executionArn();
        cloud.stepFunctions().execution(execution).completion().get(10, TimeUnit.SECONDS);

        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
        assertEquals(ExecutionStatus.SUCCEEDED, described.status());
        assertEquals("{\"greeting\":\"Hello, Ada!\"}", described.output());
        List<HistoryEvent> events = sfn.getExecutionHistory(b -> b.executionArn(execution)).events();
        assertEquals(List.of(HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
                HistoryEventType.PASS_STATE_EXITED, HistoryEventType.CHOICE_STATE_ENTERED,
                HistoryEventType.CHOICE_STATE_EXITED, HistoryEventType.SUCCEED_STATE_ENTERED,
                HistoryEventType.SUCCEED_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED),
                events.stream().map(HistoryEvent::type).toList());
        assertEquals("Greet", events.get(1).stateEnteredEventDetails().name());
        assertEquals("{\"name\":\"Ada\"}", events.get(0).executionStartedEventDetails().input());
        assertEquals(machine.replace(":stateMachine:", ":execution:") + ":first", execution);
    }

    @Test
    void anInvalidDefinitionIsRefusedNamingTheStateAndField() {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> sfn.createStateMachine(b -> b.name("Broken").roleArn(ROLE)
                        .definition("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"B\"}}}")));

        assertTrue(refused.awsErrorDetails().errorMessage().contains(
                "States.A.Next: State 'A', field 'Next': names 'B', which is not a state of this state machine"),
                refused.awsErrorDetails().errorMessage());
    }

    @Test
    void startingAnUnknownMachineOrAReusedNameIsRefusedAsAwsDoes() {
        String machine = sfn.createStateMachine(b -> b.name("Greeter").definition(GREETER).roleArn(ROLE))
                .stateMachineArn();
        sfn.startExecution(b -> b.stateMachineArn(machine).name("once").input("{\"name\":\"x\"}"));

        assertThrows(ExecutionAlreadyExistsException.class,
                () -> sfn.startExecution(b -> b.stateMachineArn(machine).name("once")));
        assertThrows(StateMachineDoesNotExistException.class,
                () -> sfn.startExecution(b -> b.stateMachineArn(machine + "Missing")));
    }

    @Test
    void aFailedExecutionReportsItsErrorAndListsAmongTheMachinesExecutions() throws Exception {
        String machine = sfn.createStateMachine(b -> b.name("Greeter").definition(GREETER).roleArn(ROLE))
                .stateMachineArn();
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
        cloud.stepFunctions().execution(execution).completion().get(10, TimeUnit.SECONDS);

        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));

        assertEquals(ExecutionStatus.FAILED, described.status());
        assertEquals("States.IntrinsicFailure", described.error());
        assertEquals(List.of(execution), sfn.listExecutions(b -> b.stateMachineArn(machine)).executions().stream()
                .map(e -> e.executionArn()).toList());
        assertEquals(List.of("Greeter"), sfn.listStateMachines().stateMachines().stream().map(m -> m.name()).toList());
    }
}
