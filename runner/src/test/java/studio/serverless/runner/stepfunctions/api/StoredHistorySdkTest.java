package studio.serverless.runner.stepfunctions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import studio.serverless.runner.LocalCloud;

/** With a data folder, state machines, executions and their histories survive a restart of the local cloud. */
class StoredHistorySdkTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/StatesRole";
    private static final String WAITER = "{\"StartAt\":\"Route\",\"States\":{"
            + "\"Route\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.wait\",\"BooleanEquals\":true,"
            + "\"Next\":\"Wait\"}],\"Default\":\"Done\"},"
            + "\"Wait\":{\"Type\":\"Wait\",\"Seconds\":86400,\"Next\":\"Done\"},"
            + "\"Done\":{\"Type\":\"Pass\",\"Result\":\"done\",\"End\":true}}}";

    @TempDir
    Path data;

    @Test
    void finishedExecutionsKeepTheirHistoryAndRunningOnesEndAbortedAfterARestart() throws Exception {
        String machine;
        String finished;
        List<HistoryEvent> historyBefore;
        try (LocalCloud cloud = start(); SfnClient sfn = SfnClients.local(cloud.endpoint())) {
            machine = sfn.createStateMachine(b -> b.name("Waiter").definition(WAITER).roleArn(ROLE))
                    .stateMachineArn();
            finished = sfn.startExecution(b -> b.stateMachineArn(machine).name("quick").input("{\"wait\":false}"))
                    .executionArn();
            cloud.stepFunctions().execution(finished).completion().get(10, TimeUnit.SECONDS);
            historyBefore = sfn.getExecutionHistory(b -> b.executionArn(finished)).events();
            sfn.startExecution(b -> b.stateMachineArn(machine).name("slow").input("{\"wait\":true}"));
        }

        try (LocalCloud cloud = start(); SfnClient sfn = SfnClients.local(cloud.endpoint())) {
            DescribeExecutionResponse quick = sfn.describeExecution(b -> b.executionArn(finished));
            String slowArn = finished.replace(":quick", ":slow");
            DescribeExecutionResponse slow = sfn.describeExecution(b -> b.executionArn(slowArn));
            List<HistoryEvent> slowHistory = sfn.getExecutionHistory(b -> b.executionArn(slowArn)).events();

            assertEquals(ExecutionStatus.SUCCEEDED, quick.status());
            assertEquals("\"done\"", quick.output());
            assertEquals(historyBefore, sfn.getExecutionHistory(b -> b.executionArn(finished)).events());
            assertEquals(ExecutionStatus.ABORTED, slow.status());
            assertEquals("LocalCloud.Restarted", slow.error());
            // how far "slow" got before the stop varies; its history always ends with the abort
            HistoryEvent last = slowHistory.get(slowHistory.size() - 1);
            assertEquals(HistoryEventType.EXECUTION_ABORTED, last.type());
            assertEquals("LocalCloud.Restarted", last.executionAbortedEventDetails().error());
            assertEquals(slowHistory.size(), last.id());
            assertEquals(List.of("slow", "quick"), sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()
                    .stream().map(e -> e.name()).toList());
            assertThrows(ExecutionAlreadyExistsException.class,
                    () -> sfn.startExecution(b -> b.stateMachineArn(machine).name("quick")));
        }
    }

    @Test
    void aStateMachineUpdatedOrDeletedStaysSoAfterARestart() {
        try (LocalCloud cloud = start(); SfnClient sfn = SfnClients.local(cloud.endpoint())) {
            String kept = sfn.createStateMachine(b -> b.name("Kept").definition(WAITER).roleArn(ROLE))
                    .stateMachineArn();
            String gone = sfn.createStateMachine(b -> b.name("Gone").definition(WAITER).roleArn(ROLE))
                    .stateMachineArn();
            sfn.updateStateMachine(b -> b.stateMachineArn(kept).definition(WAITER.replace("86400", "60")));
            sfn.deleteStateMachine(b -> b.stateMachineArn(gone));
        }

        try (LocalCloud cloud = start(); SfnClient sfn = SfnClients.local(cloud.endpoint())) {
            assertEquals(List.of("Kept"), sfn.listStateMachines().stateMachines().stream().map(m -> m.name())
                    .toList());
            assertEquals(WAITER.replace("86400", "60"), sfn.describeStateMachine(b -> b.stateMachineArn(
                    "arn:aws:states:us-east-1:000000000000:stateMachine:Kept")).definition());
        }
    }

    private LocalCloud start() {
        return LocalCloud.start(0, Clock.systemUTC(), Optional.of(data));
    }
}
