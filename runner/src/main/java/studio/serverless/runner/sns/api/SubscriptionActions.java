package studio.serverless.runner.sns.api;

import static studio.serverless.runner.sns.api.TopicActions.action;

import java.util.List;
import studio.serverless.runner.sns.engine.Subscription;

/**
 * Subscribe, Unsubscribe, ConfirmSubscription (for http subscriptions, with the token they were sent),
 * ListSubscriptions(ByTopic) and Get/SetSubscriptionAttributes.
 */
final class SubscriptionActions {

    private SubscriptionActions() {
    }

    static List<SnsAction> all() {
        return List.of(action("Subscribe", (input, engine, caller, result) -> result.element("SubscriptionArn",
                engine.subscribe(input.required("TopicArn"), input.required("Protocol"), input.string("Endpoint"),
                        input.map("Attributes")).arn())),
                action("Unsubscribe", (input, engine, caller, result) ->
                        engine.unsubscribe(input.required("SubscriptionArn"))),
                action("ConfirmSubscription", (input, engine, caller, result) -> result.element("SubscriptionArn",
                        engine.confirmSubscription(input.required("TopicArn"), input.required("Token")).arn())),
                action("ListSubscriptions", (input, engine, caller, result) ->
                        list(engine.subscriptions(null), input.string("NextToken"), result)),
                action("ListSubscriptionsByTopic", (input, engine, caller, result) ->
                        list(engine.subscriptions(input.required("TopicArn")), input.string("NextToken"), result)),
                action("GetSubscriptionAttributes", (input, engine, caller, result) -> result.map("Attributes",
                        engine.subscriptionAttributes(input.required("SubscriptionArn")))),
                action("SetSubscriptionAttributes", (input, engine, caller, result) -> {
                    String value = input.string("AttributeValue");
                    engine.setSubscriptionAttributes(input.required("SubscriptionArn"), java.util.Map.of(
                            input.required("AttributeName"), value == null ? "" : value));
                }));
    }

    private static void list(List<Subscription> subscriptions, String token, XmlResult result) {
        result.open("Subscriptions");
        for (Subscription subscription : Pages.page(subscriptions, token)) {
            result.open("member").element("SubscriptionArn", subscription.arn())
                    .element("Owner", subscription.topicArn().split(":")[4])
                    .element("Protocol", subscription.protocol()).element("Endpoint", subscription.endpoint())
                    .element("TopicArn", subscription.topicArn()).close("member");
        }
        result.close("Subscriptions").element("NextToken", Pages.next(subscriptions, token));
    }
}
