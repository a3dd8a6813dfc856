package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.MutableClock;

/** With a data folder, queues and messages survive a restart and a kill -9 loses nothing acknowledged. */
class SqsPersistenceTest {

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock();

    private static SqsClient client(URI endpoint) {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private LocalCloud start() {
        return LocalCloud.start(0, clock, Optional.of(data));
    }

    private static Map<QueueAttributeName, String> attributes(SqsClient sqs, String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributes();
    }

    @Test
    void queuesMessagesAndInFlightReceivesSurviveARestart() {
        String handle;
        try (LocalCloud cloud = start(); SqsClient sqs = client(cloud.endpoint())) {
            String url = sqs.createQueue(b -> b.queueName("orders")
                    .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "120"))).queueUrl();
            for (String body : List.of("one", "two", "three")) {
                sqs.sendMessage(b -> b.queueUrl(url).messageBody(body).messageAttributes(Map.of("kind",
                        MessageAttributeValue.builder().dataType("String").stringValue("order").build())));
            }
            handle = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).receiptHandle();
        }

        try (LocalCloud cloud = start(); SqsClient sqs = client(cloud.endpoint())) {
            String url = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
            Map<QueueAttributeName, String> attributes = attributes(sqs, url);
            assertEquals("120", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
            assertEquals("2", attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
            assertEquals("1", attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));

            sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(handle));
            Message next = sqs.receiveMessage(b -> b.queueUrl(url).messageAttributeNames("All")).messages().get(0);
            assertEquals("two", next.body());
            assertEquals("order", next.messageAttributes().get("kind").stringValue());
            assertEquals("1", attributes(sqs, url).get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
        }
    }

    @Test
    void deletedQueuesAndPurgedMessagesStayGone() {
        try (LocalCloud cloud = start(); SqsClient sqs = client(cloud.endpoint())) {
            String kept = sqs.createQueue(b -> b.queueName("kept")).queueUrl();
            String gone = sqs.createQueue(b -> b.queueName("gone")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(kept).messageBody("purged"));
            sqs.purgeQueue(b -> b.queueUrl(kept));
            sqs.deleteQueue(b -> b.queueUrl(gone));
        }

        try (LocalCloud cloud = start(); SqsClient sqs = client(cloud.endpoint())) {
            assertEquals(1, sqs.listQueues().queueUrls().size());
            String kept = sqs.getQueueUrl(b -> b.queueName("kept")).queueUrl();
            assertEquals("0", attributes(sqs, kept).get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        }
    }

    @Test
    void fifoSequenceNumbersKeepGrowingAfterARestart() {
        String first;
        try (LocalCloud cloud = start(); SqsClient sqs = client(cloud.endpoint())) {
            String url = sqs.createQueue(b -> b.queueName("steps.fifo").attributes(Map.of(
                    QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();
            first = sqs.sendMessage(b -> b.queueUrl(url).messageBody("a").messageGroupId("g")
                    .messageDeduplicationId("1")).sequenceNumber();
        }

        try (LocalCloud cloud = start(); SqsClient sqs = client(cloud.endpoint())) {
            String url = sqs.getQueueUrl(b -> b.queueName("steps.fifo")).queueUrl();
            String second = sqs.sendMessage(b -> b.queueUrl(url).messageBody("b").messageGroupId("g")
                    .messageDeduplicationId("2")).sequenceNumber();
            assertTrue(second.compareTo(first) > 0, first + " then " + second);
        }
    }

    @Test
    void aKilledProcessLosesNoAcknowledgedMessage() throws Exception {
        int sent = 300;
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DataFolderServer.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try {
            int port = portOf(server);
            try (SqsClient sqs = client(URI.create("http://127.0.0.1:" + port))) {
                String url = sqs.createQueue(b -> b.queueName("durable")).queueUrl();
                for (int i = 0; i < sent; i++) {
                    String body = "message-" + i;
                    sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
                }
            }
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            server.waitFor(30, TimeUnit.SECONDS);
        }

        // the killed server stamped messages with the real time, so the restart reads the real clock too
        try (LocalCloud cloud = LocalCloud.start(0, java.time.Clock.systemUTC(), Optional.of(data));
             SqsClient sqs = client(cloud.endpoint())) {
            String url = sqs.getQueueUrl(b -> b.queueName("durable")).queueUrl();
            Set<String> bodies = new HashSet<>();
            List<Message> batch;
            do {
                batch = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
                batch.forEach(message -> bodies.add(message.body()));
            } while (!batch.isEmpty());
            assertEquals(sent, bodies.size());
        }
    }

    private static int portOf(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5).trim());
            }
        }
        throw new AssertionError("the server process ended without serving");
    }
}
