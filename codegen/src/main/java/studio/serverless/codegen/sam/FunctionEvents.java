package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;
import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.text.JsonText;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.PropertyValues;

/** The SAM {@code Events} of a function: one event per trigger connection ending at it. */
final class FunctionEvents {

    private static final List<ConnectionType> TRIGGERS = List.of(ConnectionType.S3_NOTIFICATION,
            ConnectionType.SQS_EVENT_SOURCE, ConnectionType.SNS_SUBSCRIPTION, ConnectionType.DYNAMODB_STREAM,
            ConnectionType.KINESIS_STREAM, ConnectionType.EVENTBRIDGE_TARGET, ConnectionType.API_INTEGRATION);

    private final SamContext context;
    private final TriggerEvents shared;
    private final FunctionDestinations destinations;

    FunctionEvents(SamContext context) {
        this.context = context;
        this.shared = new TriggerEvents(context);
        this.destinations = new FunctionDestinations(context);
    }

    /** The events of a function, by event name; empty when nothing triggers it. */
    Map<String, Object> events(studio.serverless.model.diagram.Service function) {
        Map<String, Object> events = new LinkedHashMap<>();
        for (Connection connection : context.incoming(function.id(), TRIGGERS)) {
            String name = shared.eventName(connection);
            switch (connection.type()) {
                case EVENTBRIDGE_TARGET -> shared.eventBridge(connection)
                        .ifPresent(event -> TriggerEvents.putUnique(events, name, event));
                case API_INTEGRATION -> TriggerEvents.putUnique(events, name, shared.apiRoute(connection));
                default -> TriggerEvents.putUnique(events, name, pushOrPoll(connection));
            }
        }
        return events;
    }

    private Map<String, Object> pushOrPoll(Connection connection) {
        String source = context.logicalId(connection.source());
        PropertyValues values = connection.properties();
        Map<String, Object> properties = new LinkedHashMap<>();
        String type = switch (connection.type()) {
            case S3_NOTIFICATION -> s3(source, values, properties);
            case SQS_EVENT_SOURCE -> sqs(source, values, properties);
            case SNS_SUBSCRIPTION -> sns(source, values, properties, connection);
            case DYNAMODB_STREAM -> stream(getAtt(source, "StreamArn"), values, properties, "DynamoDB");
            case KINESIS_STREAM -> stream(getAtt(source, "Arn"), values, properties, "Kinesis");
            default -> throw new IllegalArgumentException("not a push or poll trigger: " + connection.type());
        };
        if (connection.type() == ConnectionType.DYNAMODB_STREAM || connection.type() == ConnectionType.KINESIS_STREAM) {
            destinations.of(connection.target(), ConnectionType.ON_FAILURE).ifPresent(onFailure -> properties.put(
                    "DestinationConfig", Map.of("OnFailure", onFailure)));
        }
        return TriggerEvents.event(type, properties);
    }

    private static String s3(String bucket, PropertyValues values, Map<String, Object> properties) {
        properties.put("Bucket", ref(bucket));
        properties.put("Events", values.list("events").isEmpty() ? List.of("s3:ObjectCreated:*")
                : values.list("events"));
        List<Map<String, Object>> rules = new java.util.ArrayList<>();
        for (String rule : List.of("prefix", "suffix")) {
            if (!values.text(rule).isEmpty()) {
                rules.add(DataResources.ordered("Name", rule, "Value", values.text(rule)));
            }
        }
        if (!rules.isEmpty()) {
            properties.put("Filter", Map.of("S3Key", Map.of("Rules", rules)));
        }
        return "S3";
    }

    private static String sqs(String queue, PropertyValues values, Map<String, Object> properties) {
        properties.put("Queue", getAtt(queue, "Arn"));
        values.integer("batchSize").ifPresent(size -> properties.put("BatchSize", size));
        values.integer("maximumBatchingWindow").filter(seconds -> seconds > 0)
                .ifPresent(seconds -> properties.put("MaximumBatchingWindowInSeconds", seconds));
        if (values.bool("reportBatchItemFailures")) {
            properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
        }
        values.integer("maximumConcurrency")
                .ifPresent(maximum -> properties.put("ScalingConfig", Map.of("MaximumConcurrency", maximum)));
        return "SQS";
    }

    private static String sns(String topic, PropertyValues values, Map<String, Object> properties,
                              Connection connection) {
        properties.put("Topic", ref(topic));
        if (!values.text("filterPolicy").isBlank()) {
            properties.put("FilterPolicy", JsonText.parse(values.text("filterPolicy"),
                    "the filter policy of connection " + connection.id().value()));
        }
        return "SNS";
    }

    private static String stream(Object streamArn, PropertyValues values, Map<String, Object> properties,
                                 String type) {
        properties.put("Stream", streamArn);
        properties.put("StartingPosition", values.text("startingPosition").isBlank() ? "LATEST"
                : values.text("startingPosition"));
        values.integer("batchSize").ifPresent(size -> properties.put("BatchSize", size));
        values.integer("maximumBatchingWindow").filter(seconds -> seconds > 0)
                .ifPresent(seconds -> properties.put("MaximumBatchingWindowInSeconds", seconds));
        if (values.bool("bisectBatchOnFunctionError")) {
            properties.put("BisectBatchOnFunctionError", true);
        }
        values.integer("maximumRetryAttempts").ifPresent(attempts -> properties.put("MaximumRetryAttempts",
                attempts));
        values.integer("parallelizationFactor").ifPresent(factor -> properties.put("ParallelizationFactor",
                factor));
        values.integer("maximumRecordAge").filter(seconds -> seconds != -1).ifPresent(seconds -> properties.put(
                "MaximumRecordAgeInSeconds", seconds));
        if (values.bool("reportBatchItemFailures")) {
            properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
        }
        return type;
    }
}
