package studio.serverless.runner.dynamodb.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import studio.serverless.runner.dynamodb.engine.transact.CancellationReason;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * A DynamoDB error as AWS reports it: one catalogue entry, the exact message, and for conditional failures and
 * cancelled transactions the extra fields AWS returns.
 */
public final class DynamoDbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final DynamoDbError error;
    private final transient Map<String, AttributeValue> item;
    private final transient List<CancellationReason> cancellationReasons;

    private DynamoDbException(DynamoDbError error, String message, Map<String, AttributeValue> item,
                              List<CancellationReason> reasons) {
        super(message);
        this.error = Objects.requireNonNull(error);
        this.item = item;
        this.cancellationReasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** @return an error with a message */
    public static DynamoDbException of(DynamoDbError error, String message) {
        return new DynamoDbException(error, message, null, null);
    }

    /** @return a ValidationException with the given message */
    public static DynamoDbException validation(String message) {
        return of(DynamoDbError.VALIDATION, message);
    }

    /** @return a ValidationException prefixed "One or more parameter values were invalid: " as AWS does */
    public static DynamoDbException invalidParameter(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    /** @return ConditionalCheckFailedException, carrying the old item when ALL_OLD was asked on failure */
    public static DynamoDbException conditionalCheckFailed(Map<String, AttributeValue> oldItem) {
        return new DynamoDbException(DynamoDbError.CONDITIONAL_CHECK_FAILED, "The conditional request failed",
                oldItem, null);
    }

    /** @return ResourceNotFoundException with AWS's short message used by item operations */
    public static DynamoDbException resourceNotFound() {
        return of(DynamoDbError.RESOURCE_NOT_FOUND, "Requested resource not found");
    }

    /** @return ResourceNotFoundException naming the table, as the table operations say it */
    public static DynamoDbException tableNotFound(String tableName) {
        return of(DynamoDbError.RESOURCE_NOT_FOUND, "Requested resource not found: Table: " + tableName
                + " not found");
    }

    /** @return TransactionCanceledException whose message lists the reason codes in order, as AWS does */
    public static DynamoDbException transactionCanceled(List<CancellationReason> reasons) {
        String codes = String.join(", ", reasons.stream().map(CancellationReason::code).toList());
        return new DynamoDbException(DynamoDbError.TRANSACTION_CANCELED,
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]",
                null, reasons);
    }

    /** @return the catalogue entry */
    public DynamoDbError error() {
        return error;
    }

    /** @return the item returned with a conditional failure, or null */
    public Map<String, AttributeValue> item() {
        return item;
    }

    /** @return the per-item reasons of a cancelled transaction (empty otherwise) */
    public List<CancellationReason> cancellationReasons() {
        return cancellationReasons;
    }
}
