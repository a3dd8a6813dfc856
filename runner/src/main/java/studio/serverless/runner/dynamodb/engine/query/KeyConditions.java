package studio.serverless.runner.dynamodb.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.expression.Condition;
import studio.serverless.runner.dynamodb.engine.expression.Operand;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * Checks a parsed key condition against a key schema: partition key equality, optionally AND one sort key
 * condition (=, &lt;, &lt;=, &gt;, &gt;=, BETWEEN, begins_with), with AWS's errors when misused.
 */
public final class KeyConditions {
    private KeyConditions() {
    }

    /** @return the analysed condition */
    public static KeyCondition analyse(Condition condition, KeySchema key, Map<String, AttributeType> types) {
        List<Condition> parts = new ArrayList<>();
        if (condition instanceof Condition.And and) {
            parts.add(and.left());
            parts.add(and.right());
        } else {
            parts.add(condition);
        }
        AttributeValue partition = null;
        Condition sort = null;
        for (Condition part : parts) {
            String attribute = attributeOf(part);
            if (attribute.equals(key.partitionKey()) && partition == null) {
                partition = partitionValue(part, types.get(attribute));
            } else if (attribute.equals(key.sortKey()) && sort == null) {
                requireTypes(part, types.get(attribute));
                sort = part;
            } else if (key.contains(attribute)) {
                throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
            } else {
                throw missed(key.hasSortKey() ? key.sortKey() : key.partitionKey());
            }
        }
        if (partition == null) {
            throw missed(key.partitionKey());
        }
        return new KeyCondition(partition, sort);
    }

    private static String attributeOf(Condition part) {
        Operand subject;
        if (part instanceof Condition.Comparison comparison
                && comparison.comparator() != Condition.Comparator.NOT_EQUAL) {
            subject = comparison.left();
        } else if (part instanceof Condition.Between between) {
            subject = between.value();
        } else if (part instanceof Condition.BeginsWith beginsWith) {
            subject = beginsWith.value();
        } else {
            throw unsupported();
        }
        if (subject instanceof Operand.PathOperand path && path.path().isTopLevel()) {
            return path.path().topLevelName();
        }
        throw unsupported();
    }

    private static AttributeValue partitionValue(Condition part, AttributeType type) {
        if (!(part instanceof Condition.Comparison comparison)
                || comparison.comparator() != Condition.Comparator.EQUAL) {
            throw unsupported();
        }
        requireTypes(part, type);
        return ((Operand.ValueOperand) comparison.right()).value();
    }

    private static void requireTypes(Condition part, AttributeType type) {
        List<Operand> values;
        if (part instanceof Condition.Comparison comparison) {
            values = List.of(comparison.right());
        } else if (part instanceof Condition.Between between) {
            values = List.of(between.low(), between.high());
        } else {
            values = List.of(((Condition.BeginsWith) part).prefix());
        }
        for (Operand operand : values) {
            if (!(operand instanceof Operand.ValueOperand value)) {
                throw unsupported();
            }
            if (value.value().type() != type) {
                throw DynamoDbException.invalidParameter("Condition parameter type does not match schema type");
            }
        }
        if (part instanceof Condition.BeginsWith && type == AttributeType.N) {
            throw DynamoDbException.validation("Invalid KeyConditionExpression: Incorrect operand type for operator "
                    + "or function; operator or function: begins_with, operand type: N");
        }
    }

    private static DynamoDbException missed(String attribute) {
        return DynamoDbException.validation("Query condition missed key schema element: " + attribute);
    }

    private static DynamoDbException unsupported() {
        return DynamoDbException.validation("Query key condition not supported");
    }
}
