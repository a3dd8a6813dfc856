package studio.serverless.runner.dynamodb.engine.transact;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Why one item of a cancelled transaction failed, as in AWS's CancellationReasons list.
 *
 * @param code    {@code None}, {@code ConditionalCheckFailed}, {@code ValidationError}, ...
 * @param message the message, or null for {@code None}
 * @param item    the old item when ALL_OLD was asked on a condition failure, or null
 */
public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {
    /** The reason of an item that did not cause the cancellation. */
    public static final CancellationReason NONE = new CancellationReason("None", null, null);
}
