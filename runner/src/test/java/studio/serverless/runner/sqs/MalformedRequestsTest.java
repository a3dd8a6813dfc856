package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of malformed requests (bad JSON, wrong types, missing fields, garbage, unknown actions) each get a
 * 4xx AWS-shaped error, and the endpoint still serves a valid request afterwards.
 */
class MalformedRequestsTest {

    private static final SqsTestCloud CLOUD = new SqsTestCloud();
    private static final String JSON = "application/x-amz-json-1.0";
    private static final String[] ACTIONS = {"CreateQueue", "GetQueueUrl", "SendMessage", "SendMessageBatch",
        "ReceiveMessage", "DeleteMessage", "DeleteMessageBatch", "ChangeMessageVisibility", "GetQueueAttributes",
        "SetQueueAttributes", "PurgeQueue", "DeleteQueue", "ListQueues", "ChangeMessageVisibilityBatch", "Nope"};
    private static final String[] BODIES = {"", "{", "[]", "null", "42", "\"text\"", "{\"QueueUrl\":5}",
        "{\"QueueName\":[1,2]}", "{\"QueueUrl\":\"/000000000000/fuzz\",\"MessageBody\":{}}",
        "{\"QueueUrl\":\"/000000000000/fuzz\",\"Entries\":\"x\"}", "{\"QueueUrl\":\"/000000000000/fuzz\","
        + "\"Entries\":[{\"Id\":\"a b\"}]}", "{\"QueueUrl\":\"/000000000000/fuzz\",\"MaxNumberOfMessages\":\"ten\"}",
        "{\"QueueUrl\":\"/000000000000/fuzz\",\"ReceiptHandle\":\"%%%\"}", "{\"QueueName\":\"\"}",
        "{\"QueueUrl\":\"/000000000000/fuzz\",\"MessageAttributes\":{\"a\":{\"DataType\":\"Nope\"}}}",
        "{\"QueueUrl\":\"/000000000000/fuzz\",\"Attributes\":{\"VisibilityTimeout\":\"-1\"}}",
        "{\"QueueUrl\":\"/000000000000/fuzz\",\"MessageBody\":\"x\",\"DelaySeconds\":99999}",
        "{\"QueueUrl\":\"/000000000000/fuzz\",\"MaxResults\":0}"};

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void everyMalformedJsonRequestGetsAnAwsShaped4xx() {
        CLOUD.sqs.createQueue(b -> b.queueName("fuzz"));
        List<String> failures = new ArrayList<>();
        for (String action : ACTIONS) {
            for (String body : BODIES) {
                HttpResponse<String> response = CLOUD.post("/", JSON, body, "X-Amz-Target", "AmazonSQS." + action);
                boolean ok = response.statusCode() >= 200 && response.statusCode() < 300;
                boolean shaped = response.statusCode() >= 400 && response.statusCode() < 500
                        && response.body().contains("\"__type\"");
                if (!ok && !shaped) {
                    failures.add(action + " " + body + " -> " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertServesAValidRequest();
    }

    @Test
    void randomGarbageGetsA4xxAndTheServerKeepsServing() {
        Random random = new Random(42);
        String[] types = {JSON, "application/x-www-form-urlencoded", "text/plain"};
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            String garbage = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            String target = i % 3 == 0 ? "AmazonSQS." + ACTIONS[i % ACTIONS.length] : "Garbage" + i;
            HttpResponse<String> response = i % 2 == 0
                    ? CLOUD.post("/", types[i % 3], garbage, "X-Amz-Target", target)
                    : CLOUD.post("/", types[i % 3], "Action=" + ACTIONS[i % ACTIONS.length] + "&" + garbage);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                    "request " + i + " answered " + response.statusCode() + ": " + response.body());
        }
        assertServesAValidRequest();
    }

    private static void assertServesAValidRequest() {
        String url = CLOUD.newQueue();
        CLOUD.sqs.sendMessage(b -> b.queueUrl(url).messageBody("still here"));
        assertEquals("still here", CLOUD.sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).body());
    }
}
