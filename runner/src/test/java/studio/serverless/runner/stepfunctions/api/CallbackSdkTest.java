package studio.serverless.runner.stepfunctions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/**
 * The callback pattern end to end: a Lambda function receives {@code $$.Task.Token} through
 * {@code lambda:invoke.waitForTaskToken}, hands it on (here: prints it), and the test answers with the SDK's
 * SendTaskSuccess or SendTaskFailure.
 */
class CallbackSdkTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/StatesRole";
    private static final String HANDLER = "def handler(event, context):\n"
            + "    print('TOKEN ' + event['token'])\n"
            + "    return {'submitted': True}\n";
    private static final String APPROVAL = "{\"StartAt\":\"Ask\",\"States\":{"
            + "\"Ask\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke.waitForTaskToken\","
            + "\"Parameters\":{\"FunctionName\":\"Approver\",\"Payload\":{\"token.$\":\"$$.Task.Token\"}},"
            + "\"Catch\":[{\"ErrorEquals\":[\"Rejected\"],\"ResultPath\":\"$.rejection\",\"Next\":\"Rejected\"}],"
            + "\"End\":true},"
            + "\"Rejected\":{\"Type\":\"Pass\",\"End\":true}}}";

    @TempDir
    Path code;
    private final LocalCloud cloud = LocalCloud.start(0);
    private final SfnClient sfn = SfnClients.local(cloud.endpoint());
    private final CompletableFuture<String> token = new CompletableFuture<>();
    private String machine;

    @BeforeEach
    void deployTheApprover() throws IOException {
        Files.writeString(code.resolve("app.py"), HANDLER);
        cloud.lambda().register(FunctionConfiguration.of("Approver", "python3.13", "app.handler", code));
        cloud.lambda().useLogListener((function, line) -> {
            if (line.contains("TOKEN ")) {
                token.complete(line.substring(line.indexOf("TOKEN ") + "TOKEN ".length()).strip());
            }
        });
        machine = sfn.createStateMachine(b -> b.name("Approval").definition(APPROVAL).roleArn(ROLE))
                .stateMachineArn();
    }

    @AfterEach
    void stop() {
        sfn.close();
        cloud.stop();
    }

    @Test
    void sendTaskSuccessGivesTheWaitingTaskItsOutput() throws Exception {
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
        String received = token.get(30, TimeUnit.SECONDS);

        sfn.sendTaskSuccess(b -> b.taskToken(received).output("{\"approved\":true}"));

        DescribeExecutionResponse described = finished(execution);
        assertEquals(ExecutionStatus.SUCCEEDED, described.status());
        assertEquals("{\"approved\":true}", described.output());
        assertTrue(sfn.getExecutionHistory(b -> b.executionArn(execution)).events().stream()
                .anyMatch(event -> event.type() == HistoryEventType.TASK_SUCCEEDED));
        assertThrows(TaskTimedOutException.class,
                () -> sfn.sendTaskSuccess(b -> b.taskToken(received).output("{}")));
    }

    @Test
    void sendTaskFailureIsCaughtByTheTasksCatcher() throws Exception {
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"order\":7}"))
                .executionArn();

        sfn.sendTaskFailure(b -> b.taskToken(token.join()).error("Rejected").cause("Too expensive"));

        DescribeExecutionResponse described = finished(execution);
        assertEquals(ExecutionStatus.SUCCEEDED, described.status());
        assertEquals("{\"order\":7,\"rejection\":{\"Error\":\"Rejected\",\"Cause\":\"Too expensive\"}}",
                described.output());
    }

    @Test
    void outputThatIsNotJsonIsRefusedAsInvalidOutput() throws Exception {
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{}"));
        String received = token.get(30, TimeUnit.SECONDS);

        assertThrows(InvalidOutputException.class,
                () -> sfn.sendTaskSuccess(b -> b.taskToken(received).output("{approved: yes")));
    }

    @Test
    void tokensThatAreNotOursOrWhoseExecutionIsUnknownAreRefusedAsAwsDoes() {
        String unknownExecution = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("arn:aws:states:us-east-1:000000000000:execution:Approval:gone#" + UUID.randomUUID())
                        .getBytes(StandardCharsets.UTF_8));

        assertThrows(InvalidTokenException.class, () -> sfn.sendTaskHeartbeat(b -> b.taskToken("not a token")));
        assertThrows(TaskDoesNotExistException.class,
                () -> sfn.sendTaskSuccess(b -> b.taskToken(unknownExecution).output("{}")));
    }

    private DescribeExecutionResponse finished(String execution) throws Exception {
        cloud.stepFunctions().execution(execution).completion().get(30, TimeUnit.SECONDS);
        return sfn.describeExecution(b -> b.executionArn(execution));
    }
}
