package studio.serverless.runner.dynamodb.engine.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Computes the value of an operand against an item; null stands for a path that does not exist. */
public final class OperandEvaluator {
    private OperandEvaluator() {
    }

    /** @return the operand's value, or null when it names a missing attribute */
    public static AttributeValue evaluate(Operand operand, Map<String, AttributeValue> item) {
        if (operand instanceof Operand.ValueOperand value) {
            return value.value();
        }
        if (operand instanceof Operand.PathOperand path) {
            return PathAccess.get(item, path.path());
        }
        if (operand instanceof Operand.Size size) {
            return size(PathAccess.get(item, size.path()));
        }
        if (operand instanceof Operand.IfNotExists ifNotExists) {
            AttributeValue existing = PathAccess.get(item, ifNotExists.path());
            return existing != null ? existing : required(ifNotExists.fallback(), item);
        }
        if (operand instanceof Operand.ListAppend append) {
            return listAppend(required(append.first(), item), required(append.second(), item));
        }
        return arithmetic((Operand.Arithmetic) operand, item);
    }

    /** @return the operand's value, refusing a missing attribute as an update does */
    static AttributeValue required(Operand operand, Map<String, AttributeValue> item) {
        AttributeValue value = evaluate(operand, item);
        if (value == null) {
            throw DynamoDbException.validation("The provided expression refers to an attribute that does not exist "
                    + "in the item");
        }
        return value;
    }

    private static AttributeValue size(AttributeValue value) {
        long size;
        if (value instanceof AttributeValue.S s) {
            size = s.value().length();
        } else if (value instanceof AttributeValue.B b) {
            size = b.value().length();
        } else if (value instanceof AttributeValue.SS ss) {
            size = ss.values().size();
        } else if (value instanceof AttributeValue.NS ns) {
            size = ns.values().size();
        } else if (value instanceof AttributeValue.BS bs) {
            size = bs.values().size();
        } else if (value instanceof AttributeValue.L l) {
            size = l.values().size();
        } else if (value instanceof AttributeValue.M m) {
            size = m.values().size();
        } else {
            return null;
        }
        return new AttributeValue.N(BigDecimal.valueOf(size));
    }

    private static AttributeValue listAppend(AttributeValue first, AttributeValue second) {
        if (!(first instanceof AttributeValue.L head) || !(second instanceof AttributeValue.L tail)) {
            throw incorrectType();
        }
        List<AttributeValue> joined = new ArrayList<>(head.values());
        joined.addAll(tail.values());
        return new AttributeValue.L(joined);
    }

    private static AttributeValue arithmetic(Operand.Arithmetic arithmetic, Map<String, AttributeValue> item) {
        AttributeValue left = required(arithmetic.left(), item);
        AttributeValue right = required(arithmetic.right(), item);
        if (!(left instanceof AttributeValue.N a) || !(right instanceof AttributeValue.N b)) {
            throw incorrectType();
        }
        return new AttributeValue.N(arithmetic.plus() ? a.value().add(b.value()) : a.value().subtract(b.value()));
    }

    static DynamoDbException incorrectType() {
        return DynamoDbException.validation("An operand in the update expression has an incorrect data type");
    }
}
