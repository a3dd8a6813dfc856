package studio.serverless.runner.sns.api;

import java.util.List;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.Topic;

/** CreateTopic, DeleteTopic, ListTopics, GetTopicAttributes and SetTopicAttributes. */
final class TopicActions {

    private TopicActions() {
    }

    static List<SnsAction> all() {
        return List.of(action("CreateTopic", (input, engine, caller, result) -> {
            Topic topic = engine.createTopic(input.required("Name"), input.map("Attributes"), input.tags("Tags"),
                    caller.region(), caller.accountId());
            result.element("TopicArn", topic.arn());
        }), action("DeleteTopic", (input, engine, caller, result) -> engine.deleteTopic(input.required("TopicArn"))),
                action("ListTopics", TopicActions::listTopics),
                action("GetTopicAttributes", (input, engine, caller, result) ->
                        result.map("Attributes", engine.topicAttributes(input.required("TopicArn")))),
                action("SetTopicAttributes", (input, engine, caller, result) -> {
                    String value = input.string("AttributeValue");
                    engine.setTopicAttribute(input.required("TopicArn"), input.required("AttributeName"),
                            value == null ? "" : value);
                }));
    }

    private static void listTopics(SnsInput input, SnsEngine engine, CallerIdentity caller, XmlResult result) {
        List<Topic> topics = engine.topics();
        String token = input.string("NextToken");
        result.open("Topics");
        Pages.page(topics, token).forEach(topic -> result.open("member").element("TopicArn", topic.arn())
                .close("member"));
        result.close("Topics").element("NextToken", Pages.next(topics, token));
    }

    /** An action from its name and body. */
    static SnsAction action(String name, Body body) {
        return new SnsAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(SnsInput input, SnsEngine engine, CallerIdentity caller, XmlResult result) {
                body.run(input, engine, caller, result);
            }
        };
    }

    /** What an action does. */
    @FunctionalInterface
    interface Body {
        void run(SnsInput input, SnsEngine engine, CallerIdentity caller, XmlResult result);
    }
}
