package studio.serverless.runner.sns.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Posts SNS messages to http subscribers as AWS does: a POST with the JSON body and the
 * {@code x-amz-sns-message-type}, {@code x-amz-sns-message-id}, {@code x-amz-sns-topic-arn} and (for
 * notifications) {@code x-amz-sns-subscription-arn} headers. Asynchronous: a slow or failing subscriber never
 * holds up a publisher; a failure is logged and the message dropped (AWS's retry policy is not modelled).
 */
final class HttpNotifier {

    private static final Logger LOG = Logger.getLogger(HttpNotifier.class.getName());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Posts {@code body} to the subscription's endpoint.
     *
     * @param type      {@code Notification} or {@code SubscriptionConfirmation}
     * @param messageId the message's id
     */
    void post(Subscription subscription, String type, String messageId, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.endpoint()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", type)
                .header("x-amz-sns-message-id", messageId)
                .header("x-amz-sns-topic-arn", subscription.topicArn())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type.equals("Notification")) {
            request.header("x-amz-sns-subscription-arn", subscription.arn());
            if (subscription.rawMessageDelivery()) {
                request.header("x-amz-sns-rawdelivery", "true");
            }
        }
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() >= 300) {
                LOG.warning("http delivery to " + subscription.endpoint() + " failed: "
                        + (error != null ? error.getMessage() : "status " + response.statusCode()));
            }
        });
    }
}
