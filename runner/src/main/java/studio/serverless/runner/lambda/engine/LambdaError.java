package studio.serverless.runner.lambda.engine;

/** The Lambda errors the local cloud answers, each with AWS's code and HTTP status (mapped to the wire in api/). */
public enum LambdaError {
    /** The function does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
    /** The function's reserved concurrency is in use. */
    TOO_MANY_REQUESTS("TooManyRequestsException", 429),
    /** The payload is not JSON or a header is invalid. */
    INVALID_REQUEST_CONTENT("InvalidRequestContentException", 400),
    /** A parameter (invocation type, log type, qualifier) is not valid. */
    INVALID_PARAMETER_VALUE("InvalidParameterValueException", 400),
    /** The payload exceeds the invocation type's limit. */
    REQUEST_TOO_LARGE("RequestTooLargeException", 413),
    /** The function's runtime cannot be run here. */
    INVALID_RUNTIME("InvalidRuntimeException", 502),
    /** The operation is not emulated. */
    UNKNOWN_OPERATION("UnknownOperationException", 404);

    private final String code;
    private final int status;

    LambdaError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** AWS's error code ({@code x-amzn-ErrorType}). */
    public String code() {
        return code;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
