package studio.serverless.runner.activity;

import java.util.Objects;
import java.util.Optional;
import studio.serverless.model.catalog.ServiceKind;

/**
 * A resource of the local cloud as the diagram names it: a function, queue, table, bucket, topic, rule, stream,
 * state machine or API.
 *
 * @param kind the kind of service
 * @param name the resource's name (a queue's name, not its URL; a function's name, not its ARN)
 */
public record ResourceRef(ServiceKind kind, String name) {

    /** Checks both parts are present. */
    public ResourceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** A function. */
    public static ResourceRef function(String name) {
        return new ResourceRef(ServiceKind.LAMBDA_FUNCTION, name);
    }

    /** A queue. */
    public static ResourceRef queue(String name) {
        return new ResourceRef(ServiceKind.SQS_QUEUE, name);
    }

    /** A table. */
    public static ResourceRef table(String name) {
        return new ResourceRef(ServiceKind.DYNAMODB_TABLE, name);
    }

    /**
     * The resource an ARN names ({@code arn:aws:lambda:...:function:f}, {@code arn:aws:sqs:...:q},
     * {@code arn:aws:sns:...:t}, {@code arn:aws:states:...:stateMachine:m}, {@code arn:aws:dynamodb:...:table/t...},
     * {@code arn:aws:kinesis:...:stream/s}, {@code arn:aws:events:...:rule/[bus/]r}, {@code arn:aws:s3:::b}), or
     * empty for an ARN of anything else.
     */
    public static Optional<ResourceRef> fromArn(String arn) {
        return ArnResources.resolve(arn);
    }

    @Override
    public String toString() {
        return kind.id() + ":" + name;
    }
}
