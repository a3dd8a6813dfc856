package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.bool;
import static studio.serverless.model.catalog.PropertySpec.text;

import java.util.List;

/** The catalogue entry of an SNS topic. */
final class SnsTopicSpec {

    private SnsTopicSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.SNS_TOPIC,
                "Publish/subscribe messaging: each message published to the topic is pushed to every subscriber"
                        + " (fan-out).",
                "Publishers call Publish; SNS delivers to subscribed queues and invokes subscribed functions"
                        + " asynchronously, filtered by each subscription's filter policy.",
                "Per million publishes, plus per delivery (deliveries to SQS and Lambda are free).",
                List.of(
                        bool("fifo", "FIFO", false,
                                "FIFO topics keep order and deduplicate; they deliver to SQS queues only, and their"
                                        + " name must end in .fifo."),
                        text("displayName", "Display name", "", "Optional: a friendly name shown in notifications.")),
                NamingRule.of(1, 256, "[A-Za-z0-9_-]+(\\.fifo)?",
                        "letters, digits, hyphens (-) and underscores (_), and .fifo at the end of a FIFO topic"),
                "topic");
    }
}
