package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;

/**
 * What makes a function run: an {@code aws_lambda_event_source_mapping} per polled queue, table stream or Kinesis
 * stream (created after the role's policy, which Lambda checks), and an {@code aws_lambda_permission} per push
 * source (bucket, topic, rule, API), each allowing only that source's ARN.
 */
final class TriggerBlocks {

    private static final List<ConnectionType> POLLED = List.of(ConnectionType.SQS_EVENT_SOURCE,
            ConnectionType.DYNAMODB_STREAM, ConnectionType.KINESIS_STREAM);
    private static final List<ConnectionType> PUSHED = List.of(ConnectionType.S3_NOTIFICATION,
            ConnectionType.SNS_SUBSCRIPTION, ConnectionType.EVENTBRIDGE_TARGET, ConnectionType.API_INTEGRATION);

    private final TerraformContext context;

    TriggerBlocks(TerraformContext context) {
        this.context = context;
    }

    /** The mappings and permissions of a function. */
    List<HclBlock> of(Service function) {
        List<HclBlock> blocks = new ArrayList<>();
        context.incoming(function.id(), POLLED).forEach(connection -> blocks.add(mapping(connection)));
        Set<String> permitted = new HashSet<>();
        for (Connection connection : context.incoming(function.id(), PUSHED)) {
            if (permitted.add(permissionName(connection))) {
                blocks.add(permission(connection));
            }
        }
        return blocks;
    }

    /** The Terraform name of the permission letting a push source invoke a function. */
    String permissionName(Connection connection) {
        return context.name(connection.target()) + "_from_" + context.name(connection.source());
    }

    private HclBlock permission(Connection connection) {
        Service source = context.service(connection.source());
        HclExpression sourceArn = context.ref(source.id(), "arn");
        String principal = switch (connection.type()) {
            case S3_NOTIFICATION -> "s3.amazonaws.com";
            case SNS_SUBSCRIPTION -> "sns.amazonaws.com";
            case EVENTBRIDGE_TARGET -> "events.amazonaws.com";
            default -> "apigateway.amazonaws.com";
        };
        if (connection.type() == ConnectionType.API_INTEGRATION) {
            sourceArn = HclExpression.template(context.ref(source.id(), "execution_arn"), "/*");
        }
        HclBlock permission = HclBlock.resource("aws_lambda_permission", permissionName(connection))
                .set("statement_id", statementId(source))
                .set("action", "lambda:InvokeFunction")
                .set("function_name", context.ref(connection.target(), "function_name"))
                .set("principal", principal)
                .set("source_arn", sourceArn);
        if (connection.type() == ConnectionType.S3_NOTIFICATION) {
            permission.set("source_account", TerraformContext.ACCOUNT);
        }
        return permission;
    }

    /** A statement id naming the source: letters, digits and dashes, at most 100 characters as Lambda allows. */
    private String statementId(Service source) {
        String id = "allow-" + context.name(source.id()).replace('_', '-');
        return id.length() <= 100 ? id : id.substring(0, 100);
    }

    private HclBlock mapping(Connection connection) {
        PropertyValues values = connection.properties();
        HclBlock mapping = HclBlock.resource("aws_lambda_event_source_mapping", context.name(connection.target())
                + "_from_" + context.name(connection.source()));
        mapping.set("event_source_arn", context.ref(connection.source(),
                connection.type() == ConnectionType.DYNAMODB_STREAM ? "stream_arn" : "arn"));
        mapping.set("function_name", context.ref(connection.target(), "arn"));
        values.integer("batchSize").ifPresent(size -> mapping.set("batch_size", size));
        values.integer("maximumBatchingWindow").filter(seconds -> seconds > 0)
                .ifPresent(seconds -> mapping.set("maximum_batching_window_in_seconds", seconds));
        if (connection.type() == ConnectionType.SQS_EVENT_SOURCE) {
            if (values.bool("reportBatchItemFailures")) {
                mapping.set("function_response_types", List.of("ReportBatchItemFailures"));
            }
            values.integer("maximumConcurrency").ifPresent(maximum -> mapping.add(HclBlock.of("scaling_config")
                    .set("maximum_concurrency", maximum)));
        } else {
            mapping.set("starting_position", values.text("startingPosition").isBlank() ? "LATEST"
                    : values.text("startingPosition"));
            if (values.bool("bisectBatchOnFunctionError")) {
                mapping.set("bisect_batch_on_function_error", true);
            }
            values.integer("maximumRetryAttempts").ifPresent(attempts -> mapping.set("maximum_retry_attempts",
                    attempts));
            values.integer("parallelizationFactor").ifPresent(factor -> mapping.set("parallelization_factor",
                    factor));
            streamFailureHandling(connection, values, mapping);
        }
        String policy = context.name(connection.target()) + "_access";
        return mapping.set("depends_on", List.of(HclExpression.reference("aws_iam_role_policy", policy)));
    }

    /** Record age, partial batch answers and the function's on-failure destination of a stream mapping. */
    private void streamFailureHandling(Connection connection, PropertyValues values, HclBlock mapping) {
        values.integer("maximumRecordAge").filter(seconds -> seconds != -1).ifPresent(seconds -> mapping.set(
                "maximum_record_age_in_seconds", seconds));
        if (values.bool("reportBatchItemFailures")) {
            mapping.set("function_response_types", List.of("ReportBatchItemFailures"));
        }
        context.outgoing(connection.target(), List.of(ConnectionType.ON_FAILURE)).stream().findFirst()
                .ifPresent(onFailure -> mapping.add(HclBlock.of("destination_config").add(HclBlock.of("on_failure")
                        .set("destination_arn", context.ref(onFailure.target(), "arn")))));
    }
}
