package studio.serverless.runner.sqs.engine;

import java.util.Objects;

/** An SQS error with its catalogue entry and AWS's message; thrown by the engine, shaped by the wire adapters. */
public final class SqsException extends RuntimeException {

    private final SqsError error;

    /** Creates the exception for {@code error} with the message AWS would send. */
    public SqsException(SqsError error, String message) {
        super(message, null, false, false);
        this.error = Objects.requireNonNull(error);
    }

    /** The catalogue entry. */
    public SqsError error() {
        return error;
    }

    /** The "request must contain the parameter" error AWS sends for a missing required parameter. */
    public static SqsException missingParameter(String name) {
        return new SqsException(SqsError.MISSING_PARAMETER, "The request must contain the parameter " + name + ".");
    }

    /** The "value is invalid" error AWS sends for a parameter out of range or of the wrong form. */
    public static SqsException invalidParameter(String name, Object value, String reason) {
        return new SqsException(SqsError.INVALID_PARAMETER_VALUE,
                "Value " + value + " for parameter " + name + " is invalid. Reason: " + reason);
    }

    /** The error for a queue that does not exist. */
    public static SqsException noSuchQueue() {
        return new SqsException(SqsError.QUEUE_DOES_NOT_EXIST, "The specified queue does not exist.");
    }
}
