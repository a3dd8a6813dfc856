package studio.serverless.runner.dynamodb.engine.expression;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Evaluates the condition functions attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
final class FunctionConditions {
    private FunctionConditions() {
    }

    static boolean matches(Condition condition, Map<String, AttributeValue> item) {
        if (condition instanceof Condition.AttributeExists exists) {
            return PathAccess.get(item, exists.path()) != null;
        }
        if (condition instanceof Condition.AttributeNotExists notExists) {
            return PathAccess.get(item, notExists.path()) == null;
        }
        if (condition instanceof Condition.AttributeTypeIs typeIs) {
            AttributeValue value = PathAccess.get(item, typeIs.path());
            var expected = ConditionEvaluator.typeNamed(ConditionEvaluator.value(typeIs.type(), item));
            return value != null && value.type() == expected;
        }
        if (condition instanceof Condition.BeginsWith beginsWith) {
            return beginsWith(ConditionEvaluator.value(beginsWith.value(), item),
                    ConditionEvaluator.value(beginsWith.prefix(), item));
        }
        Condition.Contains contains = (Condition.Contains) condition;
        return contains(ConditionEvaluator.value(contains.value(), item),
                ConditionEvaluator.value(contains.part(), item));
    }

    private static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            return b.value().startsWith(p.value());
        }
        return false;
    }

    private static boolean contains(AttributeValue value, AttributeValue part) {
        if (value == null || part == null) {
            return false;
        }
        if (value instanceof AttributeValue.S s && part instanceof AttributeValue.S p) {
            return s.value().contains(p.value());
        }
        if (value instanceof AttributeValue.B b && part instanceof AttributeValue.B p) {
            return b.value().contains(p.value());
        }
        if (value instanceof AttributeValue.SS ss && part instanceof AttributeValue.S p) {
            return ss.values().contains(p.value());
        }
        if (value instanceof AttributeValue.NS ns && part instanceof AttributeValue.N p) {
            return ns.values().contains(p.value());
        }
        if (value instanceof AttributeValue.BS bs && part instanceof AttributeValue.B p) {
            return bs.values().contains(p.value());
        }
        return value instanceof AttributeValue.L list && list.values().contains(part);
    }
}
