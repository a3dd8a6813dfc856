package studio.serverless.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An http subscription still waiting for confirmation when the cloud stops can be confirmed after a restart. */
class PendingConfirmationRestartTest {

    @TempDir
    Path data;

    private final BlockingQueue<String> confirmations = new LinkedBlockingQueue<>();
    private final HttpServer subscriber = subscriber();

    private HttpServer subscriber() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                confirmations.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        subscriber.stop(0);
    }

    @Test
    void theTokenSentBeforeARestartConfirmsAfterIt() throws Exception {
        String hook = "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/hook";
        String topic;
        String subscription;
        try (LocalCloud cloud = LocalCloud.start(0, new MutableClock(), Optional.of(data));
             PubSubClients aws = new PubSubClients(cloud)) {
            topic = aws.sns.createTopic(b -> b.name("hooks")).topicArn();
            subscription = aws.sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(hook)
                    .returnSubscriptionArn(true)).subscriptionArn();
        }
        String confirmation = confirmations.poll(10, TimeUnit.SECONDS);
        assertNotNull(confirmation, "the subscriber was asked to confirm within 10 seconds");
        String token = new ObjectMapper().readTree(confirmation).get("Token").asText();

        try (LocalCloud cloud = LocalCloud.start(0, new MutableClock(), Optional.of(data));
             PubSubClients aws = new PubSubClients(cloud)) {
            assertEquals("true", aws.sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription))
                    .attributes().get("PendingConfirmation"));
            assertEquals(subscription, aws.sns.confirmSubscription(b -> b.topicArn(topic).token(token))
                    .subscriptionArn());
            assertEquals("false", aws.sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription))
                    .attributes().get("PendingConfirmation"));
        }
        try (LocalCloud cloud = LocalCloud.start(0, new MutableClock(), Optional.of(data));
             PubSubClients aws = new PubSubClients(cloud)) {
            assertEquals("false", aws.sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription))
                    .attributes().get("PendingConfirmation"), "the confirmation itself was kept");
        }
    }
}
