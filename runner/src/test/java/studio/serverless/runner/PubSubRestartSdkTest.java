package studio.serverless.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBus;
import software.amazon.awssdk.services.eventbridge.model.InputTransformer;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Topic;

/**
 * With a data folder, SNS topics and subscriptions and EventBridge buses, rules and targets made through the AWS
 * SDK are there after a restart, deletions stay deleted, and publishing and putting events still deliver.
 */
class PubSubRestartSdkTest {

    private static final String ORDERS = "arn:aws:sns:us-east-1:000000000000:orders";
    private static final String PATTERN = "{\"source\":[\"shop\"],\"detail-type\":[\"order\"]}";

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock();

    private LocalCloud start() {
        return LocalCloud.start(0, clock, Optional.of(data));
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    @Test
    void topicsAndSubscriptionsSurviveARestartAndStillDeliver() {
        try (LocalCloud cloud = start(); PubSubClients aws = new PubSubClients(cloud)) {
            String topic = aws.sns.createTopic(b -> b.name("orders").attributes(Map.of("DisplayName", "Orders")))
                    .topicArn();
            aws.sns.createTopic(b -> b.name("payments.fifo").attributes(Map.of("FifoTopic", "true")));
            String gone = aws.sns.createTopic(b -> b.name("gone")).topicArn();
            aws.sns.subscribe(b -> b.topicArn(gone).protocol("sqs").endpoint(aws.queueArn("gone-inbox")));
            aws.sns.deleteTopic(b -> b.topicArn(gone));
            String subscription = aws.sns.subscribe(b -> b.topicArn(topic).protocol("sqs")
                    .endpoint(aws.queueArn("inbox")).attributes(Map.of("RawMessageDelivery", "true"))
                    .returnSubscriptionArn(true)).subscriptionArn();
            aws.sns.setSubscriptionAttributes(b -> b.subscriptionArn(subscription).attributeName("FilterPolicy")
                    .attributeValue("{\"kind\":[\"order\"]}"));
        }

        try (LocalCloud cloud = start(); PubSubClients aws = new PubSubClients(cloud)) {
            assertEquals(List.of(ORDERS, "arn:aws:sns:us-east-1:000000000000:payments.fifo"),
                    aws.sns.listTopics().topics().stream().map(Topic::topicArn).toList());
            assertEquals("Orders", aws.sns.getTopicAttributes(b -> b.topicArn(ORDERS)).attributes()
                    .get("DisplayName"));
            assertThrows(NotFoundException.class, () -> aws.sns.getTopicAttributes(b -> b.topicArn(
                    "arn:aws:sns:us-east-1:000000000000:gone")));
            List<Subscription> subscriptions = aws.sns.listSubscriptions().subscriptions();
            assertEquals(1, subscriptions.size());
            Map<String, String> attributes = aws.sns.getSubscriptionAttributes(b -> b.subscriptionArn(
                    subscriptions.get(0).subscriptionArn())).attributes();
            assertEquals("{\"kind\":[\"order\"]}", attributes.get("FilterPolicy"));
            assertEquals("true", attributes.get("RawMessageDelivery"));

            aws.sns.publish(b -> b.topicArn(ORDERS).message("filtered out").messageAttributes(Map.of("kind",
                    text("refund"))));
            aws.sns.publish(b -> b.topicArn(ORDERS).message("order 1").messageAttributes(Map.of("kind",
                    text("order"))));
            assertEquals(List.of("order 1"), aws.bodies("inbox"));
        }
    }

    @Test
    void busesRulesAndTargetsSurviveARestartAndStillDeliver() {
        try (LocalCloud cloud = start(); PubSubClients aws = new PubSubClients(cloud)) {
            aws.events.createEventBus(b -> b.name("shop"));
            aws.events.putRule(b -> b.name("orders").eventBusName("shop").eventPattern(PATTERN)
                    .description("every order"));
            aws.events.putTargets(b -> b.rule("orders").eventBusName("shop").targets(Target.builder().id("inbox")
                    .arn(aws.queueArn("order-inbox")).inputTransformer(InputTransformer.builder()
                            .inputPathsMap(Map.of("id", "$.detail.id")).inputTemplate("{\"order\":<id>}").build())
                    .build()));
            aws.events.putRule(b -> b.name("nightly").scheduleExpression("cron(0 2 * * ? *)")
                    .state(RuleState.DISABLED));
            aws.events.putRule(b -> b.name("temporary").eventPattern(PATTERN));
            aws.events.deleteRule(b -> b.name("temporary"));
        }

        try (LocalCloud cloud = start(); PubSubClients aws = new PubSubClients(cloud)) {
            assertEquals(List.of("default", "shop"), aws.events.listEventBuses(b -> { }).eventBuses().stream()
                    .map(EventBus::name).toList());
            DescribeRuleResponse orders = aws.events.describeRule(b -> b.name("orders").eventBusName("shop"));
            assertEquals(PATTERN, orders.eventPattern());
            assertEquals("every order", orders.description());
            DescribeRuleResponse nightly = aws.events.describeRule(b -> b.name("nightly"));
            assertEquals("cron(0 2 * * ? *)", nightly.scheduleExpression());
            assertEquals(RuleState.DISABLED, nightly.state());
            assertEquals(List.of("nightly"), aws.events.listRules(b -> { }).rules().stream()
                    .map(software.amazon.awssdk.services.eventbridge.model.Rule::name).toList());

            aws.events.putEvents(b -> b.entries(entry -> entry.eventBusName("shop").source("shop")
                    .detailType("order").detail("{\"id\":\"o-7\"}")));
            assertEquals(List.of("{\"order\":\"o-7\"}"), aws.bodies("order-inbox"));
        }
    }
}
