package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclCall;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;

/** The data services: tables, queues (with their redrive to a dead-letter queue), topics, buckets and streams. */
final class DataBlocks {

    /** Capacity a provisioned table gets, as in the SAM target: the diagram has no capacity properties yet. */
    private static final int PROVISIONED_UNITS = 5;

    private final TerraformContext context;

    DataBlocks(TerraformContext context) {
        this.context = context;
    }

    HclBlock table(Service table) {
        PropertyValues values = table.properties();
        HclBlock block = HclBlock.resource("aws_dynamodb_table", context.name(table.id()))
                .set("name", table.name())
                .set("billing_mode", values.text("billingMode"))
                .set("hash_key", values.text("partitionKey"));
        if (!values.text("sortKey").isBlank()) {
            block.set("range_key", values.text("sortKey"));
        }
        if ("PROVISIONED".equals(values.text("billingMode"))) {
            block.set("read_capacity", PROVISIONED_UNITS).set("write_capacity", PROVISIONED_UNITS);
        }
        block.add(attribute(values.text("partitionKey"), values.text("partitionKeyType")));
        if (!values.text("sortKey").isBlank()) {
            block.add(attribute(values.text("sortKey"), values.text("sortKeyType")));
        }
        String streamView = values.text("streamViewType");
        if (!streamView.isBlank() && !"NONE".equals(streamView)) {
            block.set("stream_enabled", true).set("stream_view_type", streamView);
        }
        if (!values.text("timeToLiveAttribute").isBlank()) {
            block.add(HclBlock.of("ttl").set("attribute_name", values.text("timeToLiveAttribute"))
                    .set("enabled", true));
        }
        return block;
    }

    HclBlock queue(Service queue) {
        PropertyValues values = queue.properties();
        HclBlock block = HclBlock.resource("aws_sqs_queue", context.name(queue.id())).set("name", queue.name());
        if (values.bool("fifo")) {
            block.set("fifo_queue", true).set("content_based_deduplication",
                    values.bool("contentBasedDeduplication"));
        }
        values.integer("visibilityTimeout").ifPresent(value -> block.set("visibility_timeout_seconds", value));
        values.integer("messageRetentionPeriod").ifPresent(value -> block.set("message_retention_seconds", value));
        values.integer("delaySeconds").ifPresent(value -> block.set("delay_seconds", value));
        values.integer("receiveMessageWaitTime").ifPresent(value -> block.set("receive_wait_time_seconds", value));
        List<Connection> deadLetter = context.outgoing(queue.id(), ConnectionType.DEAD_LETTER_QUEUE);
        if (!deadLetter.isEmpty()) {
            Connection redrive = deadLetter.get(0);
            Map<String, Object> policy = new LinkedHashMap<>();
            policy.put("deadLetterTargetArn", context.ref(redrive.target(), "arn"));
            policy.put("maxReceiveCount", redrive.properties().integer("maxReceiveCount").orElse(5));
            block.set("redrive_policy", HclCall.jsonencode(policy));
        }
        return block;
    }

    HclBlock topic(Service topic) {
        HclBlock block = HclBlock.resource("aws_sns_topic", context.name(topic.id())).set("name", topic.name());
        if (topic.properties().bool("fifo")) {
            block.set("fifo_topic", true);
        }
        if (!topic.properties().text("displayName").isBlank()) {
            block.set("display_name", topic.properties().text("displayName"));
        }
        return block;
    }

    List<HclBlock> bucket(Service bucket) {
        String name = context.name(bucket.id());
        HclBlock block = HclBlock.resource("aws_s3_bucket", name).set("bucket", bucket.name());
        List<HclBlock> blocks = new ArrayList<>(List.of(block));
        if (bucket.properties().bool("versioning")) {
            blocks.add(HclBlock.resource("aws_s3_bucket_versioning", name).set("bucket", block.ref("id"))
                    .add(HclBlock.of("versioning_configuration").set("status", "Enabled")));
        }
        if (bucket.properties().bool("blockPublicAccess")) {
            HclBlock access = HclBlock.resource("aws_s3_bucket_public_access_block", name)
                    .set("bucket", block.ref("id"));
            for (String setting : List.of("block_public_acls", "block_public_policy", "ignore_public_acls",
                    "restrict_public_buckets")) {
                access.set(setting, true);
            }
            blocks.add(access);
        }
        return blocks;
    }

    HclBlock stream(Service stream) {
        PropertyValues values = stream.properties();
        String mode = values.text("streamMode").isBlank() ? "ON_DEMAND" : values.text("streamMode");
        HclBlock block = HclBlock.resource("aws_kinesis_stream", context.name(stream.id())).set("name", stream.name());
        if ("PROVISIONED".equals(mode)) {
            values.integer("shardCount").ifPresent(count -> block.set("shard_count", count));
        }
        values.integer("retentionPeriodHours").ifPresent(hours -> block.set("retention_period", hours));
        return block.add(HclBlock.of("stream_mode_details").set("stream_mode", mode));
    }

    private static HclBlock attribute(String name, String type) {
        return HclBlock.of("attribute").set("name", name).set("type", type);
    }
}
