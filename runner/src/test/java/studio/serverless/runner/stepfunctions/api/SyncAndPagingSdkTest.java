package studio.serverless.runner.stepfunctions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import studio.serverless.runner.LocalCloud;

/** StartSyncExecution, paging and the remaining state machine operations through the SDK's SfnClient. */
class SyncAndPagingSdkTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/StatesRole";
    private static final String DOUBLER = "{\"StartAt\":\"Check\",\"States\":{"
            + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"IsNumeric\":true,\"Next\":\"Double\"}],"
            + "\"Default\":\"NotANumber\"},"
            + "\"Double\":{\"Type\":\"Pass\",\"Parameters\":{\"n.$\":\"States.MathAdd($.n, $.n)\"},\"End\":true},"
            + "\"NotANumber\":{\"Type\":\"Fail\",\"Error\":\"NotANumber\",\"Cause\":\"n must be a number\"}}}";

    private final LocalCloud cloud = LocalCloud.start(0);
    private final SfnClient sfn = SfnClients.local(cloud.endpoint());

    @AfterEach
    void stop() {
        sfn.close();
        cloud.stop();
    }

    @Test
    void startSyncExecutionAnswersWithTheEndedExecution() {
        String machine = machine("Doubler", "EXPRESS");

        StartSyncExecutionResponse doubled = sfn.startSyncExecution(b -> b.stateMachineArn(machine)
                .input("{\"n\":21}"));
        StartSyncExecutionResponse failed = sfn.startSyncExecution(b -> b.stateMachineArn(machine)
                .input("{\"n\":\"x\"}"));

        assertEquals(SyncExecutionStatus.SUCCEEDED, doubled.status());
        assertEquals("{\"n\":42}", doubled.output());
        assertEquals("{\"n\":21}", doubled.input());
        assertEquals(SyncExecutionStatus.FAILED, failed.status());
        assertEquals("NotANumber", failed.error());
        assertEquals("n must be a number", failed.cause());
    }

    @Test
    void syncExecutionsNeedAnExpressMachineWhoseExecutionsAreNotListedAsOnAws() {
        String standard = machine("Doubler", "STANDARD");
        String express = machine("Express", "EXPRESS");

        assertThrows(StateMachineTypeNotSupportedException.class,
                () -> sfn.startSyncExecution(b -> b.stateMachineArn(standard).input("{\"n\":1}")));
        assertThrows(StateMachineTypeNotSupportedException.class,
                () -> sfn.listExecutions(b -> b.stateMachineArn(express)));
    }

    @Test
    void aSyncRequestSentToTheSyncHostPrefixIsAnsweredByTheSameEndpoint() throws IOException {
        String machine = machine("Doubler", "EXPRESS");
        String body = "{\"stateMachineArn\":\"" + machine + "\",\"input\":\"{\\\"n\\\":2}\"}";

        String answer = post("sync-localhost:" + cloud.port(), "AWSStepFunctions.StartSyncExecution", body);

        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"output\":\"{\\\"n\\\":4}\""), answer);
    }

    @Test
    void listExecutionsPagesNewestFirstAndFiltersByStatus() throws Exception {
        String machine = machine("Doubler", "STANDARD");
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String input = i == 2 ? "{\"n\":\"x\"}" : "{\"n\":" + i + "}";
            String arn = sfn.startExecution(b -> b.stateMachineArn(machine).name("run-" + started.size())
                    .input(input)).executionArn();
            cloud.stepFunctions().execution(arn).completion().get(10, TimeUnit.SECONDS);
            started.add(0, arn);
        }

        List<ListExecutionsResponse> pages = sfn.listExecutionsPaginator(b -> b.stateMachineArn(machine)
                .maxResults(2)).stream().toList();
        List<String> failed = sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.FAILED)).executions().stream().map(ExecutionListItem::name).toList();

        assertEquals(List.of(2, 2, 1), pages.stream().map(page -> page.executions().size()).toList());
        assertEquals(started, pages.stream().flatMap(page -> page.executions().stream())
                .map(ExecutionListItem::executionArn).toList());
        assertEquals(List.of("run-2"), failed);
    }

    @Test
    void historyPagesInEitherOrder() throws Exception {
        String machine = machine("Doubler", "STANDARD");
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"n\":1}")).executionArn();
        cloud.stepFunctions().execution(execution).completion().get(10, TimeUnit.SECONDS);

        List<Long> forward = sfn.getExecutionHistoryPaginator(b -> b.executionArn(execution).maxResults(3))
                .events().stream().map(HistoryEvent::id).toList();
        List<HistoryEvent> backward = sfn.getExecutionHistoryPaginator(b -> b.executionArn(execution)
                .maxResults(4).reverseOrder(true)).events().stream().toList();

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), forward);
        assertEquals(HistoryEventType.EXECUTION_SUCCEEDED, backward.get(0).type());
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), backward.stream().map(HistoryEvent::id).toList());
    }

    @Test
    void listStateMachinesPagesAndDescribeStateMachineForExecutionShowsTheDefinitionItRan() throws Exception {
        String doubler = machine("Doubler", "STANDARD");
        machine("Other", "EXPRESS");
        machine("Third", "STANDARD");
        String execution = sfn.startExecution(b -> b.stateMachineArn(doubler).input("{\"n\":1}")).executionArn();
        cloud.stepFunctions().execution(execution).completion().get(10, TimeUnit.SECONDS);
        String newer = DOUBLER.replace("NotANumber\",\"Cause", "NaN\",\"Cause");
        sfn.updateStateMachine(b -> b.stateMachineArn(doubler).definition(newer));

        List<String> names = sfn.listStateMachinesPaginator(b -> b.maxResults(2)).stateMachines().stream()
                .map(m -> m.name()).toList();

        assertEquals(List.of("Doubler", "Other", "Third"), names);
        assertEquals(DOUBLER, sfn.describeStateMachineForExecution(b -> b.executionArn(execution)).definition());
        assertEquals(newer, sfn.describeStateMachine(b -> b.stateMachineArn(doubler)).definition());
    }

    private String machine(String name, String type) {
        return sfn.createStateMachine(b -> b.name(name).type(type).definition(DOUBLER).roleArn(ROLE))
                .stateMachineArn();
    }

    /** A raw HTTP/1.1 POST, as an SDK sends it after prefixing the host; the endpoint does not route by Host. */
    private String post(String host, String target, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", cloud.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: " + host + "\r\nX-Amz-Target: " + target
                    + "\r\nContent-Type: application/x-amz-json-1.0\r\nConnection: close\r\nContent-Length: "
                    + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
