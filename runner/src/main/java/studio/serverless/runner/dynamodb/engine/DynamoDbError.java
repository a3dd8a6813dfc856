package studio.serverless.runner.dynamodb.engine;

/**
 * The catalogue of DynamoDB errors the engine raises: each constant carries AWS's error code and HTTP status,
 * so the wire adapter maps an error to the JSON 1.0 response in exactly one place.
 */
public enum DynamoDbError {
    /** A request parameter or expression is invalid (AWS answers it from its coral validation layer). */
    VALIDATION("ValidationException", 400, Namespaces.CORAL_VALIDATE),
    /** The body is not JSON, or a member has the wrong JSON type. */
    SERIALIZATION("SerializationException", 400, Namespaces.CORAL_SERVICE),
    /** The X-Amz-Target names no operation of the service. */
    UNKNOWN_OPERATION("UnknownOperationException", 400, Namespaces.CORAL_SERVICE),
    /** A shard iterator older than 15 minutes (DynamoDB Streams). */
    EXPIRED_ITERATOR("ExpiredIteratorException", 400),
    /** A shard iterator points at records already trimmed (DynamoDB Streams). */
    TRIMMED_DATA_ACCESS("TrimmedDataAccessException", 400),
    /** A ConditionExpression evaluated to false. */
    CONDITIONAL_CHECK_FAILED("ConditionalCheckFailedException", 400),
    /** The table or index does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    /** The table already exists or is being changed. */
    RESOURCE_IN_USE("ResourceInUseException", 400),
    /** A transaction was cancelled; the exception carries one reason per item. */
    TRANSACTION_CANCELED("TransactionCanceledException", 400),
    /** An item collection of a table with a local secondary index exceeded 10 GB. */
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED("ItemCollectionSizeLimitExceededException", 400),
    /** A client token was reused with different transaction parameters. */
    IDEMPOTENT_PARAMETER_MISMATCH("IdempotentParameterMismatchException", 400),
    /** Too many tables or indexes are being changed at once. */
    LIMIT_EXCEEDED("LimitExceededException", 400),
    /** An unexpected failure inside the engine. */
    INTERNAL_SERVER_ERROR("InternalServerError", 500);

    /** Namespace AWS puts in front of DynamoDB's own codes in the {@code __type} field of a JSON 1.0 error. */
    public static final String TYPE_PREFIX = Namespaces.DYNAMODB;

    private final String code;
    private final int httpStatus;
    private final String namespace;

    DynamoDbError(String code, int httpStatus) {
        this(code, httpStatus, Namespaces.DYNAMODB);
    }

    DynamoDbError(String code, int httpStatus, String namespace) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.namespace = namespace;
    }

    /** @return AWS's error code, e.g. {@code ValidationException} */
    public String code() {
        return code;
    }

    /** @return the HTTP status AWS answers with */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * @return the full {@code __type} value of the JSON 1.0 error body, in the namespace AWS really sends:
     * DynamoDB's own for its exceptions, {@code com.amazon.coral.validate#} for validation and
     * {@code com.amazon.coral.service#} for serialization and unknown operations
     */
    public String wireType() {
        return namespace + code;
    }

    /** The {@code __type} namespaces, in a holder because enum constants cannot read the enum's own statics. */
    private static final class Namespaces {
        static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
        static final String CORAL_VALIDATE = "com.amazon.coral.validate#";
        static final String CORAL_SERVICE = "com.amazon.coral.service#";
    }
}
