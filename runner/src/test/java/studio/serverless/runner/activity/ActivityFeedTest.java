package studio.serverless.runner.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.serverless.model.catalog.ServiceKind;

class ActivityFeedTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private final ActivityFeed feed = new ActivityFeed(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void everyListenerGetsTheActivityUntilItCloses() {
        List<Activity> first = new ArrayList<>();
        List<Activity> second = new ArrayList<>();
        ActivitySubscription one = feed.subscribe(first::add);
        feed.subscribe(second::add);

        feed.publish(ActivityKind.THROTTLE, ResourceRef.function("f"), null, "Rate Exceeded", "Throttled");
        one.close();
        feed.publish(ActivityKind.COLD_START, ResourceRef.function("f"), null, "new", null);

        assertEquals(List.of(new Activity(NOW, ActivityKind.THROTTLE, ResourceRef.function("f"), Optional.empty(),
                "Rate Exceeded", Optional.of("Throttled"))), first);
        assertEquals(2, second.size());
    }

    @Test
    void aThrowingListenerDoesNotKeepTheOthersFromTheActivity() {
        List<Activity> seen = new ArrayList<>();
        feed.subscribe(activity -> {
            throw new IllegalStateException("broken view");
        });
        feed.subscribe(seen::add);

        feed.publish(ActivityKind.DELIVERY, ResourceRef.queue("q"), ResourceRef.function("f"), "1 message", null);

        assertEquals(1, seen.size());
    }

    @Test
    void aFeedListensOnlyWhileSomeoneSubscribes() {
        assertFalse(feed.listening());
        ActivitySubscription subscription = feed.subscribe(activity -> { });
        assertTrue(feed.listening());
        subscription.close();
        assertFalse(feed.listening());
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:lambda:us-east-1:000000000000:function:save, lambda, save",
        "arn:aws:lambda:us-east-1:000000000000:function:save:$LATEST, lambda, save",
        "arn:aws:sqs:us-east-1:000000000000:orders.fifo, sqs, orders.fifo",
        "arn:aws:sns:us-east-1:000000000000:news, sns, news",
        "arn:aws:states:us-east-1:000000000000:stateMachine:flow, stepfunctions, flow",
        "arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-01-01T00:00:00.000, dynamodb, orders",
        "arn:aws:kinesis:us-east-1:000000000000:stream/clicks, kinesis, clicks",
        "arn:aws:events:us-east-1:000000000000:rule/shop-bus/orders, eventbridge, orders",
        "arn:aws:s3:::photos, s3, photos"
    })
    void anArnNamesItsResource(String arn, String kind, String name) {
        assertEquals(Optional.of(new ResourceRef(ServiceKind.fromId(kind).orElseThrow(), name)),
                ResourceRef.fromArn(arn));
    }

    @Test
    void anArnOfSomethingElseNamesNoResource() {
        assertEquals(Optional.empty(), ResourceRef.fromArn("arn:aws:iam::000000000000:role/StatesRole"));
        assertEquals(Optional.empty(), ResourceRef.fromArn("https://example.com"));
    }
}
