package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;

/** The plain CloudFormation resources of data services: tables, queues, topics, buckets and streams. */
final class DataResources {

    /** Capacity a provisioned table gets: the diagram has no capacity properties yet. */
    private static final int PROVISIONED_UNITS = 5;

    private final SamContext context;

    DataResources(SamContext context) {
        this.context = context;
    }

    CfnResource table(Service table) {
        PropertyValues values = table.properties();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("TableName", table.name());
        List<Object> keys = new ArrayList<>(List.of(key(values.text("partitionKey"), "HASH")));
        List<Object> attributes = new ArrayList<>(List.of(
                attribute(values.text("partitionKey"), values.text("partitionKeyType"))));
        if (!values.text("sortKey").isBlank()) {
            keys.add(key(values.text("sortKey"), "RANGE"));
            attributes.add(attribute(values.text("sortKey"), values.text("sortKeyType")));
        }
        properties.put("KeySchema", keys);
        properties.put("AttributeDefinitions", attributes);
        properties.put("BillingMode", values.text("billingMode"));
        if ("PROVISIONED".equals(values.text("billingMode"))) {
            properties.put("ProvisionedThroughput", ordered("ReadCapacityUnits", PROVISIONED_UNITS,
                    "WriteCapacityUnits", PROVISIONED_UNITS));
        }
        String streamView = values.text("streamViewType");
        if (!streamView.isBlank() && !"NONE".equals(streamView)) {
            properties.put("StreamSpecification", Map.of("StreamViewType", streamView));
        }
        if (!values.text("timeToLiveAttribute").isBlank()) {
            properties.put("TimeToLiveSpecification",
                    ordered("AttributeName", values.text("timeToLiveAttribute"), "Enabled", true));
        }
        return new CfnResource(context.logicalId(table.id()), "AWS::DynamoDB::Table", properties);
    }

    CfnResource queue(Service queue) {
        PropertyValues values = queue.properties();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("QueueName", queue.name());
        if (values.bool("fifo")) {
            properties.put("FifoQueue", true);
            properties.put("ContentBasedDeduplication", values.bool("contentBasedDeduplication"));
        }
        copyInteger(values, "visibilityTimeout", properties, "VisibilityTimeout");
        copyInteger(values, "messageRetentionPeriod", properties, "MessageRetentionPeriod");
        copyInteger(values, "delaySeconds", properties, "DelaySeconds");
        copyInteger(values, "receiveMessageWaitTime", properties, "ReceiveMessageWaitTimeSeconds");
        List<Connection> deadLetter = context.outgoing(queue.id(), ConnectionType.DEAD_LETTER_QUEUE);
        if (!deadLetter.isEmpty()) {
            Connection redrive = deadLetter.get(0);
            properties.put("RedrivePolicy", ordered(
                    "deadLetterTargetArn", getAtt(context.logicalId(redrive.target()), "Arn"),
                    "maxReceiveCount", redrive.properties().integer("maxReceiveCount").orElse(5)));
        }
        return new CfnResource(context.logicalId(queue.id()), "AWS::SQS::Queue", properties);
    }

    CfnResource topic(Service topic) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("TopicName", topic.name());
        if (topic.properties().bool("fifo")) {
            properties.put("FifoTopic", true);
        }
        if (!topic.properties().text("displayName").isBlank()) {
            properties.put("DisplayName", topic.properties().text("displayName"));
        }
        return new CfnResource(context.logicalId(topic.id()), "AWS::SNS::Topic", properties);
    }

    CfnResource bucket(Service bucket) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("BucketName", bucket.name());
        if (bucket.properties().bool("versioning")) {
            properties.put("VersioningConfiguration", Map.of("Status", "Enabled"));
        }
        if (bucket.properties().bool("blockPublicAccess")) {
            Map<String, Object> block = new LinkedHashMap<>();
            for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
                    "RestrictPublicBuckets")) {
                block.put(setting, true);
            }
            properties.put("PublicAccessBlockConfiguration", block);
        }
        return new CfnResource(context.logicalId(bucket.id()), "AWS::S3::Bucket", properties);
    }

    CfnResource stream(Service stream) {
        PropertyValues values = stream.properties();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Name", stream.name());
        String mode = values.text("streamMode").isBlank() ? "ON_DEMAND" : values.text("streamMode");
        properties.put("StreamModeDetails", Map.of("StreamMode", mode));
        if ("PROVISIONED".equals(mode)) {
            copyInteger(values, "shardCount", properties, "ShardCount");
        }
        copyInteger(values, "retentionPeriodHours", properties, "RetentionPeriodHours");
        return new CfnResource(context.logicalId(stream.id()), "AWS::Kinesis::Stream", properties);
    }

    private static Map<String, Object> key(String name, String keyType) {
        return ordered("AttributeName", name, "KeyType", keyType);
    }

    private static Map<String, Object> attribute(String name, String type) {
        return ordered("AttributeName", name, "AttributeType", type);
    }

    private static void copyInteger(PropertyValues values, String name, Map<String, Object> properties,
                                    String property) {
        values.integer(name).ifPresent(value -> properties.put(property, value));
    }

    /** A two-entry map in this order. */
    static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }
}
