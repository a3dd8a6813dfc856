package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.bool;
import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.PropertySpec.integer;
import static studio.serverless.model.catalog.PropertySpec.json;
import static studio.serverless.model.catalog.PropertySpec.optionalInteger;
import static studio.serverless.model.catalog.PropertySpec.text;
import static studio.serverless.model.catalog.PropertySpec.textList;
import static studio.serverless.model.catalog.ServiceKind.API_GATEWAY;
import static studio.serverless.model.catalog.ServiceKind.DYNAMODB_TABLE;
import static studio.serverless.model.catalog.ServiceKind.EVENTBRIDGE_RULE;
import static studio.serverless.model.catalog.ServiceKind.KINESIS_STREAM;
import static studio.serverless.model.catalog.ServiceKind.LAMBDA_FUNCTION;
import static studio.serverless.model.catalog.ServiceKind.S3_BUCKET;
import static studio.serverless.model.catalog.ServiceKind.SNS_TOPIC;
import static studio.serverless.model.catalog.ServiceKind.SQS_QUEUE;
import static studio.serverless.model.catalog.ServiceKind.STEP_FUNCTIONS;

import java.util.ArrayList;
import java.util.List;

/** The legal trigger connections: what makes a function, queue or state machine run. */
final class TriggerConnectionSpecs {

    /** The S3 event types a notification can name. */
    static final List<String> S3_EVENTS = List.of("s3:ObjectCreated:*", "s3:ObjectCreated:Put",
            "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload",
            "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated");

    private TriggerConnectionSpecs() {
    }

    static List<ConnectionSpec> create() {
        List<ConnectionSpec> specs = new ArrayList<>();
        specs.add(new ConnectionSpec(ConnectionType.S3_NOTIFICATION, S3_BUCKET, LAMBDA_FUNCTION,
                "S3 invokes the function asynchronously for each matching object event.",
                List.of(textList("events", "Events", List.of("s3:ObjectCreated:*"), S3_EVENTS,
                                "Which object events invoke the function."),
                        text("prefix", "Key prefix", "", "Only keys starting with this, e.g. uploads/."),
                        text("suffix", "Key suffix", "", "Only keys ending with this, e.g. .jpg."))));
        specs.add(new ConnectionSpec(ConnectionType.SQS_EVENT_SOURCE, SQS_QUEUE, LAMBDA_FUNCTION,
                "Lambda polls the queue and invokes the function with batches of messages; a batch that fails"
                        + " returns to the queue after the visibility timeout.",
                List.of(integer("batchSize", "Batch size", 10, 1, 10000,
                                "Messages per invocation: up to 10,000 for standard queues, 10 for FIFO queues."),
                        integer("maximumBatchingWindow", "Batching window (s)", 0, 0, 300,
                                "How long to gather messages before invoking, 0 to 300 seconds; needed (at least"
                                        + " 1) for batches over 10."),
                        bool("reportBatchItemFailures", "Report batch item failures", false,
                                "Let the function name the messages that failed, so only those return to the"
                                        + " queue."),
                        optionalInteger("maximumConcurrency", "Maximum concurrency", 2, 1000,
                                "Cap on concurrent invocations from this queue, 2 to 1,000."))));
        specs.add(new ConnectionSpec(ConnectionType.SNS_SUBSCRIPTION, SNS_TOPIC, LAMBDA_FUNCTION,
                "SNS invokes the function asynchronously for each message published to the topic.",
                List.of(filterPolicy())));
        specs.add(new ConnectionSpec(ConnectionType.SNS_SUBSCRIPTION, SNS_TOPIC, SQS_QUEUE,
                "SNS sends every message published to the topic into the queue (the queue needs a policy allowing"
                        + " the topic).",
                List.of(filterPolicy(), bool("rawMessageDelivery", "Raw message delivery", false,
                        "Deliver the message body as is, without SNS's JSON envelope."))));
        specs.add(new ConnectionSpec(ConnectionType.DYNAMODB_STREAM, DYNAMODB_TABLE, LAMBDA_FUNCTION,
                "Lambda reads the table's stream and invokes the function with batches of changes, in order per"
                        + " item.", streamProperties(false)));
        specs.add(new ConnectionSpec(ConnectionType.KINESIS_STREAM, KINESIS_STREAM, LAMBDA_FUNCTION,
                "Lambda reads each shard in order and invokes the function with batches of records.",
                streamProperties(true)));
        for (ServiceKind target : List.of(LAMBDA_FUNCTION, STEP_FUNCTIONS, SQS_QUEUE)) {
            specs.add(new ConnectionSpec(ConnectionType.EVENTBRIDGE_TARGET, EVENTBRIDGE_RULE, target,
                    "EventBridge delivers each matching event (or each scheduled tick) to this target"
                            + " asynchronously, retrying for up to 24 hours.",
                    List.of(json("input", "Constant input",
                            "Optional: send this JSON instead of the event."))));
        }
        for (ServiceKind target : List.of(LAMBDA_FUNCTION, STEP_FUNCTIONS)) {
            specs.add(new ConnectionSpec(ConnectionType.API_INTEGRATION, API_GATEWAY, target,
                    "API Gateway hands each request of the route to the target and returns its answer.",
                    List.of(text("route", "Route", "GET /items",
                            "The API's route this integration serves, e.g. POST /orders."))));
        }
        return specs;
    }

    private static PropertySpec filterPolicy() {
        return json("filterPolicy", "Filter policy",
                "Optional JSON policy on message attributes; only matching messages are delivered.");
    }

    private static List<PropertySpec> streamProperties(boolean kinesis) {
        List<PropertySpec> properties = new ArrayList<>(List.of(
                integer("batchSize", "Batch size", 100, 1, 10000, "Records per invocation, 1 to 10,000."),
                choice("startingPosition", "Starting position", "LATEST", List.of("LATEST", "TRIM_HORIZON"),
                        "LATEST reads only new records; TRIM_HORIZON starts at the oldest record kept."),
                integer("maximumBatchingWindow", "Batching window (s)", 0, 0, 300,
                        "How long to gather records before invoking, 0 to 300 seconds."),
                bool("bisectBatchOnFunctionError", "Split batch on error", false,
                        "On an error, split the batch in two and retry each half, to isolate a bad record."),
                integer("maximumRetryAttempts", "Retry attempts", -1, -1, 10000,
                        "How often a failing batch is retried; -1 retries until the records expire."),
                integer("maximumRecordAge", "Maximum record age (s)", -1, -1, 604800,
                        "Records older than this are not retried but sent to the on-failure destination: -1 (until"
                                + " they expire) or 60 to 604,800 seconds."),
                bool("reportBatchItemFailures", "Report batch item failures", false,
                        "The function answers with the sequence numbers that failed, so the batch resumes from the"
                                + " first of them instead of retrying whole.")));
        if (kinesis) {
            properties.add(integer("parallelizationFactor", "Parallelization factor", 1, 1, 10,
                    "Concurrent batches per shard, 1 to 10; order is kept per partition key."));
        }
        return properties;
    }
}
