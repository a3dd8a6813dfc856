package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.codegen.text.EnvironmentVariableNames;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The one inline policy of a function's role: a statement per access connection ({@link AccessGrants}), the
 * polling actions of each event source mapping (SAM's SQSPollerPolicy, DynamoDBStreamReadPolicy and the stream
 * actions of KinesisStreamReadPolicy, on the one queue, table stream or stream), and the send, publish or invoke
 * action of each asynchronous destination and of the dead-letter queue, which SAM also adds by itself.
 */
final class FunctionPolicy {

    private static final List<String> SQS_POLLER = List.of("sqs:ChangeMessageVisibility",
            "sqs:ChangeMessageVisibilityBatch", "sqs:DeleteMessage", "sqs:DeleteMessageBatch",
            "sqs:GetQueueAttributes", "sqs:ReceiveMessage");
    private static final List<String> TABLE_STREAM_READER = List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
            "dynamodb:GetShardIterator");
    private static final List<String> KINESIS_READER = List.of("kinesis:DescribeStream",
            "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards");

    private final TerraformContext context;
    private final AccessGrants grants;

    FunctionPolicy(TerraformContext context) {
        this.context = context;
        this.grants = new AccessGrants(context);
    }

    /** The role's inline policy, or empty when the function reaches nothing. */
    Optional<HclBlock> of(Service function, HclBlock role) {
        List<Map<String, Object>> statements = new ArrayList<>();
        context.outgoing(function.id(), EnvironmentVariableNames.baseNames().keySet())
                .forEach(connection -> statements.add(grants.statement(connection)));
        context.incoming(function.id(), List.of(ConnectionType.SQS_EVENT_SOURCE, ConnectionType.DYNAMODB_STREAM,
                ConnectionType.KINESIS_STREAM)).forEach(connection -> statements.addAll(poller(connection)));
        destinationConnections(function).forEach(connection -> statements.add(destination(connection)));
        context.outgoing(function.id(), ConnectionType.DEAD_LETTER_QUEUE).stream().findFirst()
                .ifPresent(connection -> statements.add(destination(connection)));
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IamDocuments.rolePolicy(policyName(function), role, statements));
    }

    /** The Terraform name of a function's inline policy. */
    String policyName(Service function) {
        return context.name(function.id()) + "_access";
    }

    /** The destinations of a function's asynchronous invocations, {@code on_success} / {@code on_failure}. */
    Map<String, HclExpression> destinations(Service function) {
        Map<String, HclExpression> destinations = new LinkedHashMap<>();
        for (Connection connection : destinationConnections(function)) {
            destinations.put(connection.type() == ConnectionType.ON_SUCCESS ? "on_success" : "on_failure",
                    context.ref(connection.target(), "arn"));
        }
        return destinations;
    }

    /** The queue or topic of the function's DeadLetterConfig, if it has one. */
    Optional<HclExpression> deadLetterTarget(Service function) {
        return context.outgoing(function.id(), ConnectionType.DEAD_LETTER_QUEUE).stream().findFirst()
                .map(connection -> context.ref(connection.target(), "arn"));
    }

    /** What tells a function's code where a connected resource is. */
    static Object environmentValue(TerraformContext context, Connection connection) {
        return switch (connection.type()) {
            case DYNAMODB_ACCESS, KINESIS_PUT -> context.ref(connection.target(), "name");
            case S3_ACCESS -> context.ref(connection.target(), "bucket");
            case SQS_SEND -> context.ref(connection.target(), "url");
            case STATES_START -> AccessGrants.stateMachineArn(context.service(connection.target()));
            default -> context.ref(connection.target(), "arn");
        };
    }

    private List<Connection> destinationConnections(Service function) {
        List<Connection> chosen = new ArrayList<>();
        for (ConnectionType type : List.of(ConnectionType.ON_SUCCESS, ConnectionType.ON_FAILURE)) {
            context.outgoing(function.id(), type).stream().findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    private List<Map<String, Object>> poller(Connection connection) {
        return switch (connection.type()) {
            case SQS_EVENT_SOURCE -> List.of(IamDocuments.allow(SQS_POLLER,
                    List.of(context.ref(connection.source(), "arn"))));
            case DYNAMODB_STREAM -> List.of(
                    IamDocuments.allow(TABLE_STREAM_READER, List.of(context.ref(connection.source(), "stream_arn"))),
                    IamDocuments.allow(List.of("dynamodb:ListStreams"), List.of(HclExpression.template(
                            context.ref(connection.source(), "arn"), "/stream/*"))));
            default -> List.of(IamDocuments.allow(KINESIS_READER, List.of(context.ref(connection.source(), "arn"))));
        };
    }

    private Map<String, Object> destination(Connection connection) {
        HclExpression arn = context.ref(connection.target(), "arn");
        List<String> actions = switch (context.service(connection.target()).kind()) {
            case SQS_QUEUE -> List.of("sqs:SendMessage");
            case SNS_TOPIC -> List.of("sns:Publish");
            default -> List.of("lambda:InvokeFunction");
        };
        return IamDocuments.allow(actions, List.of(arn));
    }
}
