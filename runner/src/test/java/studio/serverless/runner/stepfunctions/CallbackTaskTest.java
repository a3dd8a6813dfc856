package studio.serverless.runner.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.stepfunctions.engine.CallbackAnswer;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;
import studio.serverless.runner.stepfunctions.engine.ManualScheduler;
import studio.serverless.runner.stepfunctions.engine.StatesEngine;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.language.DefinitionParser;
import studio.serverless.runner.stepfunctions.service.StepFunctionsError;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/** The callback pattern ({@code .waitForTaskToken}) on the engine, with a clock the test moves. */
class CallbackTaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPROVAL = "{\"StartAt\":\"Ask\",\"States\":{"
            + "\"Ask\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\","
            + "\"Parameters\":{\"FunctionName\":\"Approver\",\"Payload\":{\"token.$\":\"$$.Task.Token\"}},"
            + "\"HeartbeatSeconds\":60,\"TimeoutSeconds\":3600,"
            + "\"Catch\":[{\"ErrorEquals\":[\"Rejected\"],\"ResultPath\":\"$.rejection\",\"Next\":\"Rejected\"}],"
            + "\"End\":true},"
            + "\"Rejected\":{\"Type\":\"Pass\",\"End\":true}}}";

    private final ManualScheduler scheduler = new ManualScheduler(Instant.parse("2024-01-01T00:00:00Z"));
    private final ScriptedInvoker invoker = new ScriptedInvoker(null, scheduler);
    private final StatesEngine engine = new StatesEngine(scheduler, invoker);

    @Test
    void theTaskGetsItsTokenAndWaitsUntilSendTaskSuccessGivesItsOutput() throws Exception {
        Execution execution = start();
        TaskRequest request = invoker.requests().get(0);
        String token = request.input().path("Payload").path("token").asText();

        assertEquals("arn:aws:states:::lambda:invoke", request.resource());
        assertEquals(ExecutionStatus.RUNNING, execution.status());
        assertEquals(CallbackAnswer.ACCEPTED, engine.sendTaskSuccess(token, JSON.readTree("{\"approved\":true}")));
        scheduler.runUntilIdle();

        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
        assertEquals("{\"approved\":true}", execution.output().toString());
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted",
                "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"), types(execution));
    }

    @Test
    void sendTaskFailureFailsTheTaskAndItsCatcherTakesOver() throws Exception {
        Execution execution = start();

        engine.sendTaskFailure(token(), "Rejected", "The manager said no");
        scheduler.runUntilIdle();

        assertEquals(ExecutionStatus.SUCCEEDED, execution.status());
        assertEquals("{\"Error\":\"Rejected\",\"Cause\":\"The manager said no\"}",
                execution.output().get("rejection").toString());
        assertTrue(types(execution).contains("TaskFailed"), types(execution)::toString);
    }

    @Test
    void heartbeatsKeepTheTaskAliveAndSilenceTimesItOut() throws Exception {
        Execution execution = start();
        String token = token();

        scheduler.advance(Duration.ofSeconds(50));
        assertEquals(CallbackAnswer.ACCEPTED, engine.sendTaskHeartbeat(token));
        scheduler.advance(Duration.ofSeconds(50));
        assertEquals(ExecutionStatus.RUNNING, execution.status());
        scheduler.advance(Duration.ofSeconds(20));

        assertEquals(ExecutionStatus.FAILED, execution.status());
        assertEquals("States.HeartbeatTimeout", execution.error());
        assertEquals(CallbackAnswer.NOT_WAITING, engine.sendTaskSuccess(token, JSON.readTree("{}")));
    }

    @Test
    void aTokenIsAnsweredOnceAndATokenTheEngineNeverMadeIsInvalid() throws Exception {
        start();
        String token = token();

        assertEquals(CallbackAnswer.ACCEPTED, engine.sendTaskSuccess(token, JSON.readTree("1")));
        scheduler.runUntilIdle();

        assertEquals(CallbackAnswer.NOT_WAITING, engine.sendTaskSuccess(token, JSON.readTree("2")));
        assertEquals(CallbackAnswer.INVALID_TOKEN, engine.sendTaskHeartbeat("not-a-token"));
    }

    @Test
    void aStoppedExecutionsTokenNoLongerWaits() {
        Execution execution = start();

        engine.stop(execution, "Cancelled", "by the test");
        scheduler.runUntilIdle();

        assertFalse(execution.status() == ExecutionStatus.RUNNING);
        assertEquals(CallbackAnswer.NOT_WAITING, engine.sendTaskHeartbeat(token()));
    }

    @Test
    void theServiceAnswersTaskTimedOutForTheTokenOfATaskThatTimedOut() {
        StepFunctionsService service = new StepFunctionsService(engine, "us-east-1", "123456789012");
        String machine = service.create("Approval", APPROVAL, "arn:aws:iam::123456789012:role/R", null).arn();
        Execution execution = service.start(machine, "late", "{}");
        scheduler.runUntilIdle();

        scheduler.advance(Duration.ofSeconds(61));
        StepFunctionsException refused = assertThrows(StepFunctionsException.class,
                () -> service.sendTaskSuccess(token(), "{}"));

        assertEquals("States.HeartbeatTimeout", execution.error());
        assertEquals(StepFunctionsError.TASK_TIMED_OUT, refused.error());
    }

    @Test
    void anExpressExecutionWaitingLongerThanFiveMinutesTimesOut() {
        StepFunctionsService service = new StepFunctionsService(engine, "us-east-1", "123456789012");
        String machine = service.create("Quick", APPROVAL, "arn:aws:iam::123456789012:role/R", "EXPRESS").arn();
        Execution execution = service.startSync(machine, "slow", "{}");

        for (int minute = 0; minute < 6; minute++) {
            scheduler.advance(Duration.ofSeconds(59));
            engine.sendTaskHeartbeat(token());
        }

        assertEquals(ExecutionStatus.TIMED_OUT, execution.status());
        assertEquals("States.Timeout", execution.error());
        assertEquals(Duration.ofMinutes(5), Duration.between(execution.startDate(), execution.stopDate()));
    }

    private Execution start() {
        Execution execution = engine.start(DefinitionParser.parse(APPROVAL),
                "arn:aws:states:us-east-1:123456789012:stateMachine:Approval", "run", JSON.createObjectNode());
        scheduler.runUntilIdle();
        return execution;
    }

    private String token() {
        JsonNode input = invoker.requests().get(invoker.requests().size() - 1).input();
        return input.path("Payload").path("token").asText();
    }

    private static List<String> types(Execution execution) {
        return execution.history().stream().map(HistoryEvent::type).map(Enum::name).toList();
    }
}
