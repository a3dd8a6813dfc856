package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.bool;
import static studio.serverless.model.catalog.PropertySpec.integer;

import java.util.List;

/** The catalogue entry of an SQS queue, with the limits of the SQS developer guide. */
final class SqsQueueSpec {

    private SqsQueueSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.SQS_QUEUE,
                "A message queue that holds messages until a consumer takes them, so producer and consumer need not"
                        + " be up, or fast, at the same time.",
                "Producers send messages; a Lambda function reads them through an event source mapping that polls"
                        + " the queue and deletes each batch it processed without error.",
                "Per million requests (each 64 KB chunk of a message counts as one request); the first million a"
                        + " month are free.",
                List.of(
                        bool("fifo", "FIFO", false,
                                "FIFO queues keep order within a message group and deliver each message exactly"
                                        + " once; their name must end in .fifo."),
                        bool("contentBasedDeduplication", "Content-based deduplication", false,
                                "FIFO only: use a SHA-256 hash of the body as deduplication id."),
                        integer("visibilityTimeout", "Visibility timeout (s)", 30, 0, 43200,
                                "How long a received message stays hidden from other consumers, 0 to 43,200"
                                        + " seconds (12 hours)."),
                        integer("messageRetentionPeriod", "Message retention (s)", 345600, 60, 1209600,
                                "How long SQS keeps an unconsumed message, 60 seconds to 14 days."),
                        integer("delaySeconds", "Delivery delay (s)", 0, 0, 900,
                                "How long a new message stays invisible, 0 to 900 seconds."),
                        integer("receiveMessageWaitTime", "Receive wait time (s)", 0, 0, 20,
                                "Long polling: how long a receive waits for a message to arrive, 0 to 20 seconds.")),
                NamingRule.of(1, 80, "[A-Za-z0-9_-]+(\\.fifo)?",
                        "letters, digits, hyphens (-) and underscores (_), and .fifo at the end of a FIFO queue"),
                "queue");
    }
}
