package studio.serverless.codegen.terraform;

import java.util.List;
import java.util.Map;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The IAM statement each access connection needs, with exactly the actions the SAM target grants for it (the SAM
 * policy templates DynamoDBRead/Write/CrudPolicy, S3Read/Write/CrudPolicy, SNSPublishMessagePolicy,
 * StepFunctionsExecutionPolicy, LambdaInvokePolicy, and SAM's inline SQS and Kinesis statements), on the one
 * resource's ARNs. State machine ARNs are built from the name, as in SAM, so a function that starts a machine
 * which invokes it is no dependency cycle.
 */
final class AccessGrants {

    private final TerraformContext context;

    AccessGrants(TerraformContext context) {
        this.context = context;
    }

    /** The statement of an access connection, as a map for {@code jsonencode}. */
    Map<String, Object> statement(Connection connection) {
        Service target = context.service(connection.target());
        HclExpression arn = context.ref(target.id(), "arn");
        List<String> actions = actions(connection);
        return switch (connection.type()) {
            case DYNAMODB_ACCESS -> IamDocuments.allow(actions, List.of(arn, HclExpression.template(arn, "/index/*")));
            case S3_ACCESS -> IamDocuments.allow(actions, List.of(arn, HclExpression.template(arn, "/*")));
            case LAMBDA_INVOKE -> IamDocuments.allow(actions, List.of(arn, HclExpression.template(arn, ":*")));
            case STATES_START -> IamDocuments.allow(actions, List.of(stateMachineArn(target)));
            default -> IamDocuments.allow(actions, List.of(arn));
        };
    }

    /** The actions an access connection grants: the same as the SAM target's. */
    static List<String> actions(Connection connection) {
        String access = connection.properties().text("access");
        return switch (connection.type()) {
            case DYNAMODB_ACCESS -> byAccess(access, List.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query",
                    "dynamodb:BatchGetItem", "dynamodb:DescribeTable"), List.of("dynamodb:PutItem",
                    "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"), List.of("dynamodb:GetItem",
                    "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query",
                    "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem",
                    "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"));
            case S3_ACCESS -> byAccess(access, List.of("s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation",
                    "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"), List.of("s3:PutObject",
                    "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"), List.of("s3:GetObject", "s3:ListBucket",
                    "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl",
                    "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"));
            case SQS_SEND -> List.of("sqs:SendMessage");
            case SNS_PUBLISH -> List.of("sns:Publish");
            case KINESIS_PUT -> List.of("kinesis:PutRecord", "kinesis:PutRecords");
            case STATES_START -> List.of("states:StartExecution");
            case LAMBDA_INVOKE -> List.of("lambda:InvokeFunction");
            default -> throw new IllegalArgumentException("not an access connection: " + connection.type());
        };
    }

    /** The ARN of a state machine built from its name. */
    static HclExpression stateMachineArn(Service machine) {
        return HclExpression.template("arn:", TerraformContext.PARTITION, ":states:", TerraformContext.REGION, ":",
                TerraformContext.ACCOUNT, ":stateMachine:", machine.name());
    }

    private static List<String> byAccess(String access, List<String> read, List<String> write,
                                         List<String> readWrite) {
        return switch (access) {
            case "read" -> read;
            case "write" -> write;
            default -> readWrite;
        };
    }
}
