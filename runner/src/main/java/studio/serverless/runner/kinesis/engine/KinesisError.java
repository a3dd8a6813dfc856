package studio.serverless.runner.kinesis.engine;

/**
 * The catalogue of errors the Kinesis emulator reports, each with the JSON protocol's {@code __type} (the error
 * shape's name in AWS's API model) and HTTP status. Thrown as {@link KinesisException}; shaped by the wire adapter
 * in one place, for JSON and CBOR alike.
 */
public enum KinesisError {
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    RESOURCE_IN_USE("ResourceInUseException", 400),
    INVALID_ARGUMENT("InvalidArgumentException", 400),
    EXPIRED_ITERATOR("ExpiredIteratorException", 400),
    EXPIRED_NEXT_TOKEN("ExpiredNextTokenException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    /** A member that breaks the API model's constraints (length, range, pattern, required). */
    VALIDATION("ValidationException", 400),
    /** A body that is not JSON (or CBOR), or a member of the wrong type. */
    SERIALIZATION("SerializationException", 400),
    /** An operation Kinesis does not have (or the emulator does not offer). */
    UNKNOWN_OPERATION("UnknownOperationException", 400);

    private final String type;
    private final int httpStatus;

    KinesisError(String type, int httpStatus) {
        this.type = type;
        this.httpStatus = httpStatus;
    }

    /** The error shape's name, sent as {@code __type}. */
    public String type() {
        return type;
    }

    /** The HTTP status AWS answers with. */
    public int httpStatus() {
        return httpStatus;
    }
}
