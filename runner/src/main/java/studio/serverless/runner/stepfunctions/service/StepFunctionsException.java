package studio.serverless.runner.stepfunctions.service;

/** A refused Step Functions request: the AWS error and a message saying what was wrong. */
public final class StepFunctionsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StepFunctionsError error;

    /** A refusal with {@code error} because of {@code message}. */
    public StepFunctionsException(StepFunctionsError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    /** The AWS error. */
    public StepFunctionsError error() {
        return error;
    }
}
