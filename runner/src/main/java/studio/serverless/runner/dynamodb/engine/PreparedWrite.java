package studio.serverless.runner.dynamodb.engine;

import java.util.Map;
import java.util.function.UnaryOperator;
import studio.serverless.runner.dynamodb.engine.expression.Condition;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * A parsed and validated write, ready to run under the table's lock: the condition to check on the current item
 * and the change that turns it into the new one (null result = delete).
 *
 * @param table                the table
 * @param key                  the item's key
 * @param condition            the condition, or null
 * @param change               from the current item (null when absent) to the new item (null to delete)
 * @param returnOldOnFailure   whether a condition failure carries the old item
 */
record PreparedWrite(Table table, PrimaryKey key, Condition condition,
                     UnaryOperator<Map<String, AttributeValue>> change, boolean returnOldOnFailure) {

    /** A write that only checks its condition (ConditionCheck of a transaction). */
    static PreparedWrite checkOnly(Table table, PrimaryKey key, Condition condition, boolean returnOld) {
        return new PreparedWrite(table, key, condition, UnaryOperator.identity(), returnOld);
    }
}
