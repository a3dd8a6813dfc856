package studio.serverless.model.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of AWS service a diagram can hold. The id is what the file format stores; everything else about a
 * kind (its properties, naming rule, explanation) is in its {@link ServiceSpec} in the {@link ServiceCatalog}.
 */
public enum ServiceKind {
    /** An AWS Lambda function. */
    LAMBDA_FUNCTION("lambda", "Lambda function", ServiceCategory.COMPUTE),
    /** An Amazon API Gateway REST or HTTP API with its routes. */
    API_GATEWAY("api", "API Gateway", ServiceCategory.APPLICATION_INTEGRATION),
    /** An Amazon SQS queue, standard or FIFO. */
    SQS_QUEUE("sqs", "SQS queue", ServiceCategory.APPLICATION_INTEGRATION),
    /** An Amazon DynamoDB table. */
    DYNAMODB_TABLE("dynamodb", "DynamoDB table", ServiceCategory.DATABASE),
    /** An Amazon S3 bucket. */
    S3_BUCKET("s3", "S3 bucket", ServiceCategory.STORAGE),
    /** An AWS Step Functions state machine. */
    STEP_FUNCTIONS("stepfunctions", "Step Functions state machine", ServiceCategory.APPLICATION_INTEGRATION),
    /** An Amazon SNS topic. */
    SNS_TOPIC("sns", "SNS topic", ServiceCategory.APPLICATION_INTEGRATION),
    /** An Amazon EventBridge rule, matching an event pattern or running on a schedule. */
    EVENTBRIDGE_RULE("eventbridge", "EventBridge rule", ServiceCategory.APPLICATION_INTEGRATION),
    /** An Amazon Kinesis data stream. */
    KINESIS_STREAM("kinesis", "Kinesis data stream", ServiceCategory.ANALYTICS);

    private final String id;
    private final String displayName;
    private final ServiceCategory category;

    ServiceKind(String id, String displayName, ServiceCategory category) {
        this.id = id;
        this.displayName = displayName;
        this.category = category;
    }

    /** The id stored in files, e.g. {@code lambda}. */
    public String id() {
        return id;
    }

    /** The name shown to people, e.g. "Lambda function". */
    public String displayName() {
        return displayName;
    }

    /** The AWS category, which decides the icon colour. */
    public ServiceCategory category() {
        return category;
    }

    /** The kind with this file id, if any. */
    public static Optional<ServiceKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
