package studio.serverless.runner.events.engine;

/**
 * The catalogue of errors the EventBridge emulator reports, each with the JSON protocol's {@code __type} (the
 * error shape's name in AWS's API model) and HTTP status. Thrown as {@link EventsException}; shaped by the wire
 * adapter in one place.
 */
public enum EventsError {
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    RESOURCE_ALREADY_EXISTS("ResourceAlreadyExistsException", 400),
    VALIDATION("ValidationException", 400),
    INVALID_EVENT_PATTERN("InvalidEventPatternException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    /** A body that is not JSON, or a member of the wrong JSON type. */
    SERIALIZATION("SerializationException", 400),
    /** An operation EventBridge does not have (or the emulator does not offer). */
    UNKNOWN_OPERATION("UnknownOperationException", 400);

    private final String type;
    private final int httpStatus;

    EventsError(String type, int httpStatus) {
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
