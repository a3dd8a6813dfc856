package studio.serverless.runner.sqs.engine;

/**
 * The catalogue of errors the SQS emulator reports: each constant carries the JSON protocol's error type (the
 * shape name AWS puts in {@code __type}), the query protocol's code (AWS's {@code awsQueryError} code, also sent
 * in the JSON protocol's {@code x-amzn-query-error} header) and the HTTP status. Engine code throws
 * {@link SqsException} with one of these; the wire adapters map them in exactly one place per protocol.
 */
public enum SqsError {
    QUEUE_DOES_NOT_EXIST("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", 400),
    QUEUE_NAME_EXISTS("QueueNameExists", "QueueAlreadyExists", 400),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", "InvalidParameterValue", 400),
    MISSING_PARAMETER("MissingParameter", "MissingParameter", 400),
    INVALID_ATTRIBUTE_NAME("InvalidAttributeName", "InvalidAttributeName", 400),
    INVALID_ATTRIBUTE_VALUE("InvalidAttributeValue", "InvalidAttributeValue", 400),
    INVALID_MESSAGE_CONTENTS("InvalidMessageContents", "InvalidMessageContents", 400),
    RECEIPT_HANDLE_IS_INVALID("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", 404),
    MESSAGE_NOT_INFLIGHT("MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", 400),
    BATCH_ENTRY_IDS_NOT_DISTINCT("BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400),
    BATCH_REQUEST_TOO_LONG("BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong", 400),
    EMPTY_BATCH_REQUEST("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", 400),
    INVALID_BATCH_ENTRY_ID("InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId", 400),
    TOO_MANY_ENTRIES_IN_BATCH_REQUEST("TooManyEntriesInBatchRequest",
            "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400),
    PURGE_QUEUE_IN_PROGRESS("PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress", 403),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", "ResourceNotFoundException", 404),
    UNSUPPORTED_OPERATION("UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation", 400),
    /** A request body that is not well-formed for its protocol (bad JSON, a field of the wrong type). */
    MALFORMED_REQUEST("SerializationException", "MalformedQueryString", 400),
    /** An action name the service does not know. */
    UNKNOWN_OPERATION("UnknownOperationException", "InvalidAction", 400);

    private final String jsonType;
    private final String queryCode;
    private final int httpStatus;

    SqsError(String jsonType, String queryCode, int httpStatus) {
        this.jsonType = jsonType;
        this.queryCode = queryCode;
        this.httpStatus = httpStatus;
    }

    /** The error shape name AWS sends in the JSON protocol's {@code __type}, without namespace. */
    public String jsonType() {
        return jsonType;
    }

    /** The code AWS sends in query-protocol XML errors and in the {@code x-amzn-query-error} header. */
    public String queryCode() {
        return queryCode;
    }

    /** The HTTP status AWS answers this error with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Whether the caller (not the service) is at fault; every error here is the sender's. */
    public boolean senderFault() {
        return httpStatus < 500;
    }
}
