package studio.serverless.runner.sns.engine;

import java.util.Objects;

/** An SNS error with its catalogue entry and AWS's message; thrown by the engine, shaped by the wire adapter. */
public final class SnsException extends RuntimeException {

    private final SnsError error;

    /** Creates the exception for {@code error} with the message AWS would send. */
    public SnsException(SnsError error, String message) {
        super(message, null, false, false);
        this.error = Objects.requireNonNull(error);
    }

    /** The catalogue entry. */
    public SnsError error() {
        return error;
    }

    /** AWS's {@code Invalid parameter: ...} error. */
    public static SnsException invalidParameter(String detail) {
        return new SnsException(SnsError.INVALID_PARAMETER, "Invalid parameter: " + detail);
    }

    /** The error for a topic that does not exist. */
    public static SnsException noSuchTopic() {
        return new SnsException(SnsError.NOT_FOUND, "Topic does not exist");
    }

    /** The error for a subscription that does not exist. */
    public static SnsException noSuchSubscription() {
        return new SnsException(SnsError.NOT_FOUND, "Subscription does not exist");
    }
}
