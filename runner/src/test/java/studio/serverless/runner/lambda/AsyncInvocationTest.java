package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import studio.serverless.runner.lambda.engine.AsyncSettings;

/**
 * Event invocations as Lambda handles them: failures retried, then a record to the on-failure destination;
 * successes recorded to the on-success destination; a failed event itself goes to the dead-letter queue. Retry
 * delays are shortened to none.
 */
class AsyncInvocationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HANDLER = """
            def handler(event, context):
                if event.get("fail"):
                    raise KeyError("customer")
                return {"billed": event["order"]}
            """;

    @TempDir
    Path code;
    private FunctionTestCloud cloud;
    private SqsClient sqs;
    private String function;

    @BeforeEach
    void startCloud() {
        cloud = new FunctionTestCloud(code);
        cloud.cloud.lambda().useRetryDelays(List.of(Duration.ZERO));
        sqs = SqsClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                .httpClient(UrlConnectionHttpClient.create()).build();
        function = cloud.function("python3.13", "app.handler", Map.of("app.py", HANDLER));
    }

    @AfterEach
    void stopCloud() {
        sqs.close();
        cloud.close();
    }

    @Test
    void aFailingEventIsRetriedTwiceThenRecordedToTheOnFailureDestination() throws Exception {
        String queue = destination("failures");
        configure(new AsyncSettings(2, Duration.ofHours(6), null, queueArn("failures")));

        invokeEvent("{\"fail\":true,\"order\":7}");

        JsonNode record = JSON.readTree(receive(queue).body());
        assertEquals("RetriesExhausted", record.get("requestContext").get("condition").asText());
        assertEquals(3, record.get("requestContext").get("approximateInvokeCount").asInt());
        assertEquals(cloud.cloud.lambda().arn(function) + ":$LATEST",
                record.get("requestContext").get("functionArn").asText());
        assertEquals(7, record.get("requestPayload").get("order").asInt());
        assertEquals("Unhandled", record.get("responseContext").get("functionError").asText());
        assertEquals("KeyError", record.get("responsePayload").get("errorType").asText());
    }

    @Test
    void withoutRetriesTheFirstFailureIsRecorded() throws Exception {
        String queue = destination("no-retries");
        configure(new AsyncSettings(0, Duration.ofHours(6), null, queueArn("no-retries")));

        invokeEvent("{\"fail\":true,\"order\":8}");

        JsonNode record = JSON.readTree(receive(queue).body());
        assertEquals(1, record.get("requestContext").get("approximateInvokeCount").asInt());
    }

    @Test
    void aRetryThatWouldOutliveTheMaximumEventAgeIsNotMade() throws Exception {
        cloud.cloud.lambda().useRetryDelays(List.of(Duration.ofMinutes(2)));
        String queue = destination("too-old");
        configure(new AsyncSettings(2, Duration.ofMinutes(1), null, queueArn("too-old")));

        invokeEvent("{\"fail\":true,\"order\":9}");

        JsonNode record = JSON.readTree(receive(queue).body());
        assertEquals("EventAgeExceeded", record.get("requestContext").get("condition").asText());
        assertEquals(1, record.get("requestContext").get("approximateInvokeCount").asInt());
    }

    @Test
    void anEventThatFailedEveryRetryGoesUnchangedToTheDeadLetterQueueWithWhyItFailed() {
        String deadLetters = destination("billing-dlq");
        String failures = destination("billing-failures");
        configure(new AsyncSettings(2, Duration.ofHours(6), null, queueArn("billing-failures"),
                queueArn("billing-dlq")));

        invokeEvent("{\"fail\":true,\"order\":11}");

        Message dead = sqs.receiveMessage(b -> b.queueUrl(deadLetters).waitTimeSeconds(20)
                .messageAttributeNames("All")).messages().get(0);
        assertEquals("{\"fail\":true,\"order\":11}", dead.body());
        assertEquals("Number", dead.messageAttributes().get("ErrorCode").dataType());
        assertEquals("200", dead.messageAttributes().get("ErrorCode").stringValue());
        assertEquals("'customer'", dead.messageAttributes().get("ErrorMessage").stringValue());
        String requestId = dead.messageAttributes().get("RequestID").stringValue();
        // the on-failure destination still gets its record, for the same request
        assertEquals(requestId, receive(failures).body().replaceAll(".*\"requestId\":\"([^\"]+)\".*", "$1"));
    }

    @Test
    void aSuccessIsRecordedToTheOnSuccessDestinationWithTheResponse() throws Exception {
        String queue = destination("successes");
        configure(new AsyncSettings(2, Duration.ofHours(6), queueArn("successes"), null));

        invokeEvent("{\"order\":10}");

        JsonNode record = JSON.readTree(receive(queue).body());
        assertEquals("Success", record.get("requestContext").get("condition").asText());
        assertEquals(10, record.get("responsePayload").get("billed").asInt());
    }

    private void configure(AsyncSettings settings) {
        cloud.cloud.lambda().configureAsync(function, settings);
    }

    private void invokeEvent(String payload) {
        assertEquals(202, cloud.lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload))).statusCode());
    }

    private String destination(String name) {
        return sqs.createQueue(b -> b.queueName(name)).queueUrl();
    }

    private static String queueArn(String name) {
        return "arn:aws:sqs:us-east-1:000000000000:" + name;
    }

    private Message receive(String url) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)).messages();
        assertEquals(1, messages.size(), "one record within 20 seconds");
        return messages.get(0);
    }
}
