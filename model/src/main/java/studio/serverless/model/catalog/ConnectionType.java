package studio.serverless.model.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The meanings a connection can have. The id is what the file format stores; the legal source and target kinds
 * and the properties of each pair are in the {@link ServiceCatalog}.
 */
public enum ConnectionType {
    /** S3 event notification: an object created or removed in a bucket invokes a function. */
    S3_NOTIFICATION("s3-notification", "S3 event notification", ConnectionCategory.TRIGGER,
            InvocationModel.ASYNCHRONOUS),
    /** SQS event source mapping: Lambda polls the queue and invokes a function with batches. */
    SQS_EVENT_SOURCE("sqs-event-source", "SQS event source", ConnectionCategory.TRIGGER, InvocationModel.POLL_BASED),
    /** SNS subscription: each message published to the topic goes to a function or queue. */
    SNS_SUBSCRIPTION("sns-subscription", "SNS subscription", ConnectionCategory.TRIGGER,
            InvocationModel.ASYNCHRONOUS),
    /** DynamoDB stream event source mapping: each change to the table reaches a function. */
    DYNAMODB_STREAM("dynamodb-stream", "DynamoDB stream", ConnectionCategory.TRIGGER, InvocationModel.POLL_BASED),
    /** Kinesis event source mapping: records of each shard reach a function in order. */
    KINESIS_STREAM("kinesis-stream", "Kinesis stream", ConnectionCategory.TRIGGER, InvocationModel.POLL_BASED),
    /** EventBridge rule target: matching events (or the schedule) go to a function, state machine or queue. */
    EVENTBRIDGE_TARGET("eventbridge-target", "EventBridge target", ConnectionCategory.TRIGGER,
            InvocationModel.ASYNCHRONOUS),
    /** API Gateway integration: a route's requests go to a function or state machine, which answers them. */
    API_INTEGRATION("api-integration", "API integration", ConnectionCategory.TRIGGER, InvocationModel.SYNCHRONOUS),
    /** Read and/or write items of a DynamoDB table. */
    DYNAMODB_ACCESS("dynamodb-access", "DynamoDB access", ConnectionCategory.ACCESS, InvocationModel.SYNCHRONOUS),
    /** Read and/or write objects of an S3 bucket. */
    S3_ACCESS("s3-access", "S3 access", ConnectionCategory.ACCESS, InvocationModel.SYNCHRONOUS),
    /** Send messages to an SQS queue. */
    SQS_SEND("sqs-send", "Send messages", ConnectionCategory.ACCESS, InvocationModel.SYNCHRONOUS),
    /** Publish messages to an SNS topic. */
    SNS_PUBLISH("sns-publish", "Publish messages", ConnectionCategory.ACCESS, InvocationModel.SYNCHRONOUS),
    /** Put records on a Kinesis stream. */
    KINESIS_PUT("kinesis-put", "Put records", ConnectionCategory.ACCESS, InvocationModel.SYNCHRONOUS),
    /** Start executions of a state machine. */
    STATES_START("states-start", "Start executions", ConnectionCategory.ACCESS, InvocationModel.ASYNCHRONOUS),
    /** A state machine's Task state invokes a function and waits for its result. */
    LAMBDA_INVOKE("lambda-invoke", "Invoke function", ConnectionCategory.ACCESS, InvocationModel.SYNCHRONOUS),
    /**
     * Redrive: messages received too often move to a dead-letter queue; from a function, its DeadLetterConfig:
     * asynchronous events that failed every retry go to a queue or topic.
     */
    DEAD_LETTER_QUEUE("dead-letter-queue", "Dead-letter queue", ConnectionCategory.DESTINATION,
            InvocationModel.ASYNCHRONOUS),
    /** Where Lambda sends an asynchronous event that failed every retry. */
    ON_FAILURE("on-failure", "On-failure destination", ConnectionCategory.DESTINATION, InvocationModel.ASYNCHRONOUS),
    /** Where Lambda sends the result of an asynchronous invocation that succeeded. */
    ON_SUCCESS("on-success", "On-success destination", ConnectionCategory.DESTINATION, InvocationModel.ASYNCHRONOUS);

    private final String id;
    private final String displayName;
    private final ConnectionCategory category;
    private final InvocationModel invocationModel;

    ConnectionType(String id, String displayName, ConnectionCategory category, InvocationModel invocationModel) {
        this.id = id;
        this.displayName = displayName;
        this.category = category;
        this.invocationModel = invocationModel;
    }

    /** The id stored in files, e.g. {@code sqs-event-source}. */
    public String id() {
        return id;
    }

    /** The name shown to people. */
    public String displayName() {
        return displayName;
    }

    /** Whether this connection triggers, accesses, or routes failures. */
    public ConnectionCategory category() {
        return category;
    }

    /** How the source makes the target act. */
    public InvocationModel invocationModel() {
        return invocationModel;
    }

    /** The type with this file id, if any. */
    public static Optional<ConnectionType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }
}
