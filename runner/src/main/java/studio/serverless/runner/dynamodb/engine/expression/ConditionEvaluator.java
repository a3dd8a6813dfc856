package studio.serverless.runner.dynamodb.engine.expression;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.AttributeValues;

/**
 * Decides whether an item satisfies a condition. A missing attribute makes comparisons false (except
 * {@code <>}), and values of different types are never equal, as in DynamoDB.
 */
public final class ConditionEvaluator {
    private ConditionEvaluator() {
    }

    /** @return whether the item (empty when absent) satisfies the condition */
    public static boolean matches(Condition condition, Map<String, AttributeValue> item) {
        if (condition instanceof Condition.And and) {
            return matches(and.left(), item) && matches(and.right(), item);
        }
        if (condition instanceof Condition.Or or) {
            return matches(or.left(), item) || matches(or.right(), item);
        }
        if (condition instanceof Condition.Not not) {
            return !matches(not.condition(), item);
        }
        if (condition instanceof Condition.Comparison comparison) {
            return compare(comparison.comparator(), value(comparison.left(), item), value(comparison.right(), item));
        }
        if (condition instanceof Condition.Between between) {
            AttributeValue tested = value(between.value(), item);
            return compare(Condition.Comparator.GREATER_OR_EQUAL, tested, value(between.low(), item))
                    && compare(Condition.Comparator.LESS_OR_EQUAL, tested, value(between.high(), item));
        }
        if (condition instanceof Condition.In in) {
            AttributeValue tested = value(in.value(), item);
            return tested != null && in.candidates().stream().anyMatch(c -> tested.equals(value(c, item)));
        }
        return FunctionConditions.matches(condition, item);
    }

    /** @return the outcome of one comparator; null operands stand for missing attributes */
    public static boolean compare(Condition.Comparator comparator, AttributeValue left, AttributeValue right) {
        if (comparator == Condition.Comparator.NOT_EQUAL) {
            return left == null ? right != null : !left.equals(right);
        }
        if (left == null || right == null) {
            return false;
        }
        if (comparator == Condition.Comparator.EQUAL) {
            return left.equals(right);
        }
        if (!AttributeValues.comparable(left, right)) {
            return false;
        }
        int order = AttributeValues.compare(left, right);
        return switch (comparator) {
            case LESS -> order < 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            default -> order >= 0;
        };
    }

    static AttributeValue value(Operand operand, Map<String, AttributeValue> item) {
        return OperandEvaluator.evaluate(operand, item);
    }

    static AttributeType typeNamed(AttributeValue name) {
        if (name instanceof AttributeValue.S s) {
            for (AttributeType type : AttributeType.values()) {
                if (type.name().equals(s.value())) {
                    return type;
                }
            }
        }
        throw DynamoDbException.validation(ExpressionKind.ConditionExpression.errorPrefix()
                + "Invalid attribute type name found; type: " + describe(name)
                + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    }

    private static String describe(AttributeValue name) {
        return name instanceof AttributeValue.S s ? s.value() : String.valueOf(name);
    }
}
