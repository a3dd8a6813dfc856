package studio.serverless.app.desktop.run.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The test panel's forms against a real local cloud running {@link TestDiagram}: each send is checked with the
 * AWS SDK (the message is in the queue, the object in the bucket, the execution exists) or by what the panel
 * shows (the function's response and log). Sending runs at once on the calling thread here.
 */
class TestPanelViewModelTest {

    @TempDir
    static Path code;

    private static RunningDiagram running;
    private static CloudClients clients;
    private static TestPanelViewModel panel;
    private static final RequestMemory MEMORY = new RequestMemory();

    @BeforeAll
    static void run() {
        running = new RunningDiagram(code);
        clients = new CloudClients(running.endpoint());
        panel = new TestPanelViewModel(running.entryPoints(clients), MEMORY, Runnable::run, Runnable::run, clients);
    }

    @AfterAll
    static void stop() {
        panel.close();
        running.close();
    }

    private static ActionResult sent(EntryFormViewModel form) {
        assertTrue(form.send(), form.problemsProperty().get());
        return form.resultProperty().get();
    }

    /** The names of the executions of the state machine {@code double}, read with the AWS SDK. */
    private static List<String> executionsOfDouble() {
        try (SfnClient sfn = running.stepFunctions()) {
            String machine = sfn.listStateMachines().stateMachines().stream()
                    .filter(item -> item.name().equals("double")).findFirst().orElseThrow().stateMachineArn();
            return sfn.listExecutions(b -> b.stateMachineArn(machine)).executions().stream()
                    .map(execution -> execution.name()).toList();
        }
    }

    @Test
    void theDiagramsEntryPointsAreListedByKind() {
        List<String> names = panel.entries().stream()
                .map(entry -> entry.action().kind().label() + " " + entry.action().name()).toList();
        assertEquals(List.of("API route shop-api: POST /items/{id}", "SNS topic alerts", "SQS queue jobs",
                "SQS queue alerts-inbox", "SQS queue orders", "SQS queue orders.fifo", "SQS queue events-inbox",
                "S3 bucket uploads-bucket", "EventBridge bus default", "State machine double", "State machine quick",
                "Function echo"), names);
    }

    @Test
    void aMessageSentToAQueueIsInTheQueueWithItsAttributes() {
        EntryFormViewModel form = panel.entry(EntryKind.QUEUE, "orders");
        form.value("body").set("order 17");
        form.value("attributes").set("channel=test\n\npriority = high");

        ActionResult result = sent(form);

        assertFalse(result.failed(), result.headline());
        Message message = running.receive("orders").get(0);
        assertEquals("order 17", message.body());
        assertEquals("high", message.messageAttributes().get("priority").stringValue());
        assertEquals(message.messageId(), result.section("Message id"));
    }

    @Test
    void aMessageSentToAFifoQueueCarriesItsGroup() {
        EntryFormViewModel form = panel.entry(EntryKind.QUEUE, "orders.fifo");
        form.value("groupId").set("customer-9");

        sent(form);

        Message message = running.receive("orders.fifo").get(0);
        assertEquals("customer-9", message.attributesAsStrings().get("MessageGroupId"));
    }

    @Test
    void aMessagePublishedToATopicReachesItsSubscribedQueue() {
        EntryFormViewModel form = panel.entry(EntryKind.TOPIC, "alerts");
        form.value("message").set("disk almost full");

        ActionResult result = sent(form);

        assertFalse(result.failed(), result.headline());
        String delivered = running.receive("alerts-inbox").get(0).body();
        assertTrue(delivered.contains("disk almost full") && delivered.contains("Test from Serverless Studio"),
                delivered);
    }

    @Test
    void anUploadedFileIsInTheBucketUnderTheNotificationsPrefix(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("report.txt"), "quarterly numbers");
        EntryFormViewModel form = panel.entry(EntryKind.BUCKET, "uploads-bucket");
        form.value("file").set(file.toString());

        ActionResult result = sent(form);

        assertFalse(result.failed(), result.headline());
        try (S3Client s3 = running.s3()) {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket("uploads-bucket")
                    .key("incoming/report.txt"));
            assertEquals("quarterly numbers", object.asUtf8String());
            assertEquals("text/plain", object.response().contentType());
        }
    }

    @Test
    void anEventPutOnTheBusReachesTheQueueOfTheRuleItMatches() {
        EntryFormViewModel form = panel.entry(EntryKind.BUS, "default");
        form.value("detail").set("{\"order\": 17}");

        ActionResult result = sent(form);

        assertFalse(result.failed(), result.headline());
        String delivered = running.receive("events-inbox").get(0).body();
        assertTrue(delivered.contains("\"OrderPlaced\"") && delivered.contains("\"order\":17"), delivered);
    }

    @Test
    void aStandardExecutionIsStartedAndShownWhenItEnds() {
        EntryFormViewModel form = panel.entry(EntryKind.STATE_MACHINE, "double");
        form.value("executionName").set("from-the-panel");

        ActionResult result = sent(form);

        assertEquals("Execution SUCCEEDED", result.headline());
        assertTrue(result.section("Output").contains("\"ok\" : true"), result.section("Output"));
        assertTrue(executionsOfDouble().contains("from-the-panel"));
    }

    @Test
    void anExpressExecutionRunsSynchronously() {
        ActionResult result = sent(panel.entry(EntryKind.STATE_MACHINE, "quick"));

        assertEquals("Execution SUCCEEDED", result.headline());
        assertTrue(result.section("Execution").contains(":express:quick:"), result.section("Execution"));
    }

    @Test
    void aRouteAnswersWithStatusHeadersAndTheBodyIndented() {
        EntryFormViewModel form = panel.entry(EntryKind.ROUTE, "shop-api: POST /items/{id}");
        form.value("path.id").set("42");
        form.value("body").set("{\"name\": \"book\"}");

        ActionResult result = sent(form);

        assertTrue(result.headline().startsWith("POST /items/42 answered 200 in "), result.headline());
        assertTrue(result.section("Headers").toLowerCase().contains("content-type: application/json"),
                result.section("Headers"));
        assertTrue(result.section("Body").contains("\"id\" : \"42\""), result.section("Body"));
    }

    @Test
    void aFunctionInvokedWithASampleEventShowsItsResponseAndLogTail() {
        EntryFormViewModel form = panel.entry(EntryKind.FUNCTION, "echo");
        form.value("sample").set("SQS message from jobs");

        ActionResult result = sent(form);

        assertFalse(result.failed(), result.headline());
        assertTrue(result.section("Response").contains("\"statusCode\" : 200"), result.section("Response"));
        assertTrue(result.section("Log tail").contains("arn:aws:sqs:us-east-1:000000000000:jobs"),
                result.section("Log tail"));
    }

    @Test
    void aFunctionErrorIsShownWithTheErrorDocument() {
        EntryFormViewModel form = panel.entry(EntryKind.FUNCTION, "echo");
        form.value("event").set("{\"fail\": true}");

        ActionResult result = sent(form);

        assertTrue(result.failed());
        assertEquals("Unhandled", result.section("Function error"));
        assertTrue(result.section("Response").contains("asked to fail"), result.section("Response"));
    }

    @Test
    void badJsonIsReportedByLineAndColumnAndNothingIsSent() {
        EntryFormViewModel form = new EntryFormViewModel(panel.entry(EntryKind.STATE_MACHINE, "double").action(),
                new RequestMemory(), Runnable::run, Runnable::run);
        form.value("executionName").set("never-started");
        form.value("input").set("{\n  \"n\": 1,\n}");

        assertFalse(form.send());

        assertTrue(form.problemsProperty().get().startsWith("Input (JSON): line 3, column 1: "),
                form.problemsProperty().get());
        assertNull(form.resultProperty().get());
        assertFalse(executionsOfDouble().contains("never-started"));
    }

    @Test
    void aFormStartsFromTheLastRequestSentToItsEntryPoint() {
        EntryFormViewModel form = panel.entry(EntryKind.QUEUE, "jobs");
        form.value("body").set("remember me");
        sent(form);

        EntryFormViewModel later = new EntryFormViewModel(form.action(), MEMORY, Runnable::run, Runnable::run);

        assertEquals("remember me", later.value("body").get());
    }
}
