package studio.serverless.runner.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;

/** An http subscriber on loopback: it is asked to confirm, confirms, and then receives notifications. */
class SnsHttpSubscriptionTest {

    /** One POST the subscriber received: its SNS message type header and its body. */
    private record Received(String type, String subscriptionArn, String body) {
    }

    private final SnsTestCloud cloud = new SnsTestCloud();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final HttpServer subscriber = startSubscriber();

    @AfterEach
    void stop() {
        subscriber.stop(0);
        cloud.close();
    }

    private HttpServer startSubscriber() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestHeaders().getFirst("x-amz-sns-message-type"),
                        exchange.getRequestHeaders().getFirst("x-amz-sns-subscription-arn"), body));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Received next() throws InterruptedException {
        Received next = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(next, "the subscriber received nothing within 10 seconds");
        return next;
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/hook";
    }

    @Test
    void anHttpSubscriberConfirmsWithTheTokenAndThenGetsNotifications() throws InterruptedException {
        String topic = cloud.newTopic();
        String arn = cloud.sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(hookUrl())
                .returnSubscriptionArn(true)).subscriptionArn();

        Received confirmation = next();
        JsonNode message = SnsTestCloud.json(confirmation.body());
        assertEquals("SubscriptionConfirmation", confirmation.type());
        assertEquals("true", cloud.sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes()
                .get("PendingConfirmation"));
        assertEquals(List.of("0", "1"), subscriptionCounts(topic), "confirmed and pending before confirming");
        cloud.sns.publish(b -> b.topicArn(topic).message("before confirming"));
        String confirmed = cloud.sns.confirmSubscription(b -> b.topicArn(topic)
                .token(message.get("Token").asText())).subscriptionArn();
        cloud.sns.publish(b -> b.topicArn(topic).message("after confirming"));

        Received notification = next();
        assertEquals(List.of("1", "0"), subscriptionCounts(topic), "confirmed and pending after confirming");
        assertEquals(arn, confirmed);
        assertEquals("Notification", notification.type());
        assertEquals(arn, notification.subscriptionArn());
        assertEquals("after confirming", SnsTestCloud.json(notification.body()).get("Message").asText());
    }

    private List<String> subscriptionCounts(String topic) {
        var attributes = cloud.sns.getTopicAttributes(b -> b.topicArn(topic)).attributes();
        return List.of(attributes.get("SubscriptionsConfirmed"), attributes.get("SubscriptionsPending"));
    }

    @Test
    void theSubscribeUrlConfirmsWhenFetched() throws Exception {
        String topic = cloud.newTopic();
        String arn = cloud.sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(hookUrl())
                .attributes(Map.of("RawMessageDelivery", "true")).returnSubscriptionArn(true)).subscriptionArn();
        String subscribeUrl = SnsTestCloud.json(next().body()).get("SubscribeURL").asText();

        HttpResponse<String> visited = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(subscribeUrl))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        cloud.sns.publish(b -> b.topicArn(topic).message("raw body"));

        assertEquals(200, visited.statusCode(), visited.body());
        assertEquals("false", cloud.sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes()
                .get("PendingConfirmation"));
        assertEquals("raw body", next().body());
    }

    @Test
    void aWrongTokenIsAnInvalidParameter() {
        String topic = cloud.newTopic();

        InvalidParameterException error = assertThrows(InvalidParameterException.class,
                () -> cloud.sns.confirmSubscription(b -> b.topicArn(topic).token("not-a-token")));

        assertEquals("Invalid parameter: Token", error.awsErrorDetails().errorMessage());
    }
}
