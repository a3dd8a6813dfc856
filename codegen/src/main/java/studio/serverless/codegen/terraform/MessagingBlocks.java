package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.codegen.text.JsonText;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * Deliveries between services: the one {@code aws_s3_bucket_notification} of a bucket (S3 allows one per bucket),
 * SNS subscriptions of functions and queues, and the one {@code aws_sqs_queue_policy} of each queue that topics
 * or rules send to, allowing exactly those sources.
 */
final class MessagingBlocks {

    private final TerraformContext context;
    private final TriggerBlocks triggers;

    MessagingBlocks(TerraformContext context) {
        this.context = context;
        this.triggers = new TriggerBlocks(context);
    }

    /** The bucket's notification of the functions it invokes, or empty when it invokes none. */
    Optional<HclBlock> bucketNotification(Service bucket) {
        List<Connection> notifications = context.outgoing(bucket.id(), ConnectionType.S3_NOTIFICATION);
        if (notifications.isEmpty()) {
            return Optional.empty();
        }
        HclBlock block = HclBlock.resource("aws_s3_bucket_notification", context.name(bucket.id()))
                .set("bucket", context.ref(bucket.id(), "id"));
        List<HclExpression> permissions = new ArrayList<>();
        for (Connection connection : notifications) {
            HclBlock function = HclBlock.of("lambda_function")
                    .set("lambda_function_arn", context.ref(connection.target(), "arn"))
                    .set("events", connection.properties().list("events").isEmpty() ? List.of("s3:ObjectCreated:*")
                            : connection.properties().list("events"));
            for (String rule : List.of("prefix", "suffix")) {
                if (!connection.properties().text(rule).isEmpty()) {
                    function.set("filter_" + rule, connection.properties().text(rule));
                }
            }
            block.add(function);
            HclExpression permission = HclExpression.reference("aws_lambda_permission",
                    triggers.permissionName(connection));
            if (!permissions.contains(permission)) {
                permissions.add(permission);
            }
        }
        return Optional.of(block.set("depends_on", permissions));
    }

    /** The subscription of a function or queue to a topic. */
    HclBlock subscription(Connection connection) {
        boolean queue = context.service(connection.target()).kind()
                == studio.serverless.model.catalog.ServiceKind.SQS_QUEUE;
        HclBlock block = HclBlock.resource("aws_sns_topic_subscription", context.name(connection.source()) + "_to_"
                        + context.name(connection.target()))
                .set("topic_arn", context.ref(connection.source(), "arn"))
                .set("protocol", queue ? "sqs" : "lambda")
                .set("endpoint", context.ref(connection.target(), "arn"));
        if (queue && connection.properties().bool("rawMessageDelivery")) {
            block.set("raw_message_delivery", true);
        }
        String filter = connection.properties().text("filterPolicy");
        if (!filter.isBlank()) {
            block.set("filter_policy", JsonText.compact(JsonText.parse(filter, "the filter policy of connection "
                    + connection.id().value())));
        }
        return block;
    }

    /** The policy of a queue that topics or rules deliver to, or empty when none does. */
    Optional<HclBlock> queuePolicy(Service queue) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Connection connection : context.incoming(queue.id(), List.of(ConnectionType.SNS_SUBSCRIPTION,
                ConnectionType.EVENTBRIDGE_TARGET))) {
            boolean topic = connection.type() == ConnectionType.SNS_SUBSCRIPTION;
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("Sid", "Allow" + context.logicalId(connection.source()));
            statement.put("Effect", "Allow");
            statement.put("Principal", Map.of("Service", topic ? "sns.amazonaws.com" : "events.amazonaws.com"));
            statement.put("Action", "sqs:SendMessage");
            statement.put("Resource", context.ref(queue.id(), "arn"));
            statement.put("Condition", Map.of("ArnEquals", Map.of("aws:SourceArn",
                    context.ref(connection.source(), "arn"))));
            statements.add(statement);
        }
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HclBlock.resource("aws_sqs_queue_policy", context.name(queue.id()))
                .set("queue_url", context.ref(queue.id(), "id"))
                .set("policy", IamDocuments.document(statements)));
    }
}
