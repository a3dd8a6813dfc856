package studio.serverless.codegen.terraform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.serverless.model.statemachine.StateMachineDefinition;
import studio.serverless.codegen.text.EnvironmentVariableNames;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * A diagram as the Terraform builders read it: services by kind, connections by end, and the Terraform address of
 * each service's main resource ({@code aws_dynamodb_table.orders_table}). Resource names are the snake case of
 * the SAM logical ids, so both targets name things alike and no diagram text reaches an identifier.
 */
final class TerraformContext {

    static final HclExpression PARTITION = HclExpression.reference("data.aws_partition.current.partition");
    static final HclExpression REGION = HclExpression.reference("data.aws_region.current.name");
    static final HclExpression ACCOUNT = HclExpression.reference("data.aws_caller_identity.current.account_id");

    private final Diagram diagram;
    private final ResourceNames names;
    private final Map<ServiceId, List<Connection>> outgoing;
    private final Map<ServiceId, List<Connection>> incoming;

    TerraformContext(Diagram diagram) {
        this.diagram = diagram;
        this.names = ResourceNames.of(diagram);
        this.outgoing = diagram.connections().stream().collect(Collectors.groupingBy(Connection::source));
        this.incoming = diagram.connections().stream().collect(Collectors.groupingBy(Connection::target));
    }

    List<Service> services(ServiceKind kind) {
        return diagram.services().stream().filter(service -> service.kind() == kind).toList();
    }

    Service service(ServiceId id) {
        return diagram.require(id);
    }

    /** The Terraform name of a service's resources, e.g. {@code orders_table}. */
    String name(ServiceId id) {
        return snakeCase(names.logicalId(id));
    }

    /** The SAM logical id of a service, e.g. {@code OrdersTable}: letters and digits only. */
    String logicalId(ServiceId id) {
        return names.logicalId(id);
    }

    String folder(ServiceId id) {
        return names.folder(id);
    }

    EnvironmentVariableNames environmentVariableNames() {
        return EnvironmentVariableNames.of(diagram, names);
    }

    StateMachineDefinition stateMachineDefinitions() {
        return new StateMachineDefinition(diagram, names);
    }

    /** An attribute of a service's main resource, e.g. {@code aws_sqs_queue.orders_queue.arn}. */
    HclExpression ref(ServiceId id, String attribute) {
        return HclExpression.reference(resourceType(service(id)), name(id), attribute);
    }

    static boolean isRest(Service api) {
        return "REST".equals(api.properties().text("apiType"));
    }

    /** The type of a service's main resource. */
    static String resourceType(Service service) {
        return switch (service.kind()) {
            case LAMBDA_FUNCTION -> "aws_lambda_function";
            case API_GATEWAY -> isRest(service) ? "aws_api_gateway_rest_api" : "aws_apigatewayv2_api";
            case SQS_QUEUE -> "aws_sqs_queue";
            case DYNAMODB_TABLE -> "aws_dynamodb_table";
            case S3_BUCKET -> "aws_s3_bucket";
            case STEP_FUNCTIONS -> "aws_sfn_state_machine";
            case SNS_TOPIC -> "aws_sns_topic";
            case EVENTBRIDGE_RULE -> "aws_cloudwatch_event_rule";
            case KINESIS_STREAM -> "aws_kinesis_stream";
        };
    }

    List<Connection> outgoing(ServiceId id, Collection<ConnectionType> types) {
        return outgoing.getOrDefault(id, List.of()).stream().filter(c -> types.contains(c.type())).toList();
    }

    List<Connection> incoming(ServiceId id, Collection<ConnectionType> types) {
        return incoming.getOrDefault(id, List.of()).stream().filter(c -> types.contains(c.type())).toList();
    }

    List<Connection> outgoing(ServiceId id, ConnectionType type) {
        return outgoing(id, List.of(type));
    }

    List<Connection> incoming(ServiceId id, ConnectionType type) {
        return incoming(id, List.of(type));
    }

    /** {@code OrdersTable} as {@code orders_table}: a logical id is letters and digits, so this is an identifier. */
    static String snakeCase(String logicalId) {
        StringBuilder snake = new StringBuilder();
        for (int index = 0; index < logicalId.length(); index++) {
            char letter = logicalId.charAt(index);
            if (Character.isUpperCase(letter) && index > 0) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(letter));
        }
        return snake.toString();
    }
}
