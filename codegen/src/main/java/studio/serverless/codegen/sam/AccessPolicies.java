package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;
import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The least-privilege IAM policy of each access connection, as an entry of a SAM {@code Policies} list: a SAM
 * policy template scoped to the one resource where a template grants exactly the needed actions, otherwise an
 * inline statement with named actions on the resource's ARN. Never a {@code *} action or resource.
 *
 * <p>Buckets are named by their literal name, not a {@code Ref}: a bucket whose notification invokes the function
 * would otherwise depend on the function's role, which depends on the bucket (CloudFormation's circular
 * dependency). SQS uses an inline {@code sqs:SendMessage} statement because SAM's SQSSendMessagePolicy grants
 * {@code sqs:SendMessage*}.
 */
final class AccessPolicies {

    private final SamContext context;

    AccessPolicies(SamContext context) {
        this.context = context;
    }

    /** The policy entry granting what an access connection needs. */
    Object policy(Connection connection) {
        Service target = context.service(connection.target());
        String targetId = context.logicalId(target.id());
        String access = connection.properties().text("access");
        return switch (connection.type()) {
            case DYNAMODB_ACCESS -> template(byAccess(access, "DynamoDBReadPolicy", "DynamoDBWritePolicy",
                    "DynamoDBCrudPolicy"), "TableName", ref(targetId));
            case S3_ACCESS -> template(byAccess(access, "S3ReadPolicy", "S3WritePolicy", "S3CrudPolicy"),
                    "BucketName", target.name());
            case SQS_SEND -> statement(List.of("sqs:SendMessage"), getAtt(targetId, "Arn"));
            case SNS_PUBLISH -> template("SNSPublishMessagePolicy", "TopicName", getAtt(targetId, "TopicName"));
            case KINESIS_PUT -> statement(List.of("kinesis:PutRecord", "kinesis:PutRecords"),
                    getAtt(targetId, "Arn"));
            case STATES_START -> template("StepFunctionsExecutionPolicy", "StateMachineName", target.name());
            case LAMBDA_INVOKE -> template("LambdaInvokePolicy", "FunctionName", ref(targetId));
            default -> throw new IllegalArgumentException("not an access connection: " + connection.type());
        };
    }

    private static String byAccess(String access, String read, String write, String readWrite) {
        return switch (access) {
            case "read" -> read;
            case "write" -> write;
            default -> readWrite;
        };
    }

    private static Map<String, Object> template(String name, String parameter, Object value) {
        return Map.of(name, Map.of(parameter, value));
    }

    private static Map<String, Object> statement(List<String> actions, Object resource) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", actions);
        statement.put("Resource", resource);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", List.of(statement));
        return document;
    }
}
