package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.ServiceKind.DYNAMODB_TABLE;
import static studio.serverless.model.catalog.ServiceKind.KINESIS_STREAM;
import static studio.serverless.model.catalog.ServiceKind.LAMBDA_FUNCTION;
import static studio.serverless.model.catalog.ServiceKind.S3_BUCKET;
import static studio.serverless.model.catalog.ServiceKind.SNS_TOPIC;
import static studio.serverless.model.catalog.ServiceKind.SQS_QUEUE;
import static studio.serverless.model.catalog.ServiceKind.STEP_FUNCTIONS;

import java.util.ArrayList;
import java.util.List;

/**
 * The legal access and destination connections: what a function or state machine calls, and where failures go.
 * Access connections become least-privilege IAM permissions in generated projects.
 */
final class AccessConnectionSpecs {

    /** The values of the {@code access} property. */
    static final List<String> ACCESS_LEVELS = List.of("read", "write", "read-write");

    private AccessConnectionSpecs() {
    }

    static List<ConnectionSpec> create() {
        List<ConnectionSpec> specs = new ArrayList<>();
        for (ServiceKind caller : List.of(LAMBDA_FUNCTION, STEP_FUNCTIONS)) {
            specs.add(new ConnectionSpec(ConnectionType.DYNAMODB_ACCESS, caller, DYNAMODB_TABLE,
                    "Reads and/or writes items of the table through the DynamoDB API.", List.of(access())));
            specs.add(new ConnectionSpec(ConnectionType.SQS_SEND, caller, SQS_QUEUE,
                    "Sends messages to the queue.", List.of()));
            specs.add(new ConnectionSpec(ConnectionType.SNS_PUBLISH, caller, SNS_TOPIC,
                    "Publishes messages to the topic.", List.of()));
        }
        specs.add(new ConnectionSpec(ConnectionType.S3_ACCESS, LAMBDA_FUNCTION, S3_BUCKET,
                "Reads and/or writes objects of the bucket through the S3 API.", List.of(access())));
        specs.add(new ConnectionSpec(ConnectionType.KINESIS_PUT, LAMBDA_FUNCTION, KINESIS_STREAM,
                "Puts records on the stream.", List.of()));
        specs.add(new ConnectionSpec(ConnectionType.STATES_START, LAMBDA_FUNCTION, STEP_FUNCTIONS,
                "Starts executions of the state machine.", List.of()));
        specs.add(new ConnectionSpec(ConnectionType.LAMBDA_INVOKE, STEP_FUNCTIONS, LAMBDA_FUNCTION,
                "A Task state invokes the function and waits for its result.", List.of()));
        specs.add(new ConnectionSpec(ConnectionType.DEAD_LETTER_QUEUE, SQS_QUEUE, SQS_QUEUE,
                "Messages received more than the maximum receive count move to this dead-letter queue instead of"
                        + " coming back forever.",
                List.of(PropertySpec.integer("maxReceiveCount", "Maximum receives", 5, 1, 1000,
                        "How often a message may be received before it moves to the dead-letter queue."))));
        for (ServiceKind target : List.of(SQS_QUEUE, SNS_TOPIC, LAMBDA_FUNCTION)) {
            specs.add(new ConnectionSpec(ConnectionType.ON_FAILURE, LAMBDA_FUNCTION, target,
                    "An asynchronous event that failed every retry (or grew too old) is sent here with the error,"
                            + " instead of being lost.", List.of()));
            specs.add(new ConnectionSpec(ConnectionType.ON_SUCCESS, LAMBDA_FUNCTION, target,
                    "The result of each successful asynchronous invocation is sent here.", List.of()));
        }
        for (ServiceKind target : List.of(SQS_QUEUE, SNS_TOPIC)) {
            specs.add(new ConnectionSpec(ConnectionType.DEAD_LETTER_QUEUE, LAMBDA_FUNCTION, target,
                    "The function's dead-letter queue (DeadLetterConfig): an asynchronous event that failed every"
                            + " retry is sent here unchanged, with RequestID, ErrorCode and ErrorMessage attributes.",
                    List.of()));
        }
        return specs;
    }

    private static PropertySpec access() {
        return choice("access", "Access", "read-write", ACCESS_LEVELS,
                "read: get and query; write: put, update and delete; read-write: both. Each grants only those"
                        + " IAM actions.").askedOnConnect();
    }
}
