package studio.serverless.runner.sns.engine;

/**
 * The catalogue of errors the SNS emulator reports, each with the query protocol's code (from AWS's API model)
 * and HTTP status. The engine throws {@link SnsException} with one of these; the wire adapter shapes them in one
 * place.
 */
public enum SnsError {
    NOT_FOUND("NotFound", 404),
    /** A resource named by ARN in a tagging action that does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFound", 404),
    /** More than 50 tags on one topic. */
    TAG_LIMIT_EXCEEDED("TagLimitExceeded", 400),
    INVALID_PARAMETER("InvalidParameter", 400),
    INVALID_PARAMETER_VALUE("ParameterValueInvalid", 400),
    EMPTY_BATCH_REQUEST("EmptyBatchRequest", 400),
    TOO_MANY_ENTRIES_IN_BATCH_REQUEST("TooManyEntriesInBatchRequest", 400),
    BATCH_ENTRY_IDS_NOT_DISTINCT("BatchEntryIdsNotDistinct", 400),
    INVALID_BATCH_ENTRY_ID("InvalidBatchEntryId", 400),
    BATCH_REQUEST_TOO_LONG("BatchRequestTooLong", 400),
    /** A form that cannot be read (a malformed encoding). */
    MALFORMED_QUERY_STRING("MalformedQueryString", 400),
    /** An action SNS does not have. */
    INVALID_ACTION("InvalidAction", 400);

    private final String code;
    private final int httpStatus;

    SnsError(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The code AWS sends in the query protocol's {@code <Error><Code>}. */
    public String code() {
        return code;
    }

    /** The HTTP status AWS answers with. */
    public int httpStatus() {
        return httpStatus;
    }
}
