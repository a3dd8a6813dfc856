package studio.serverless.runner.dynamodb.engine.expression;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.Binary;

/** Applies update actions to an item. Every operand reads the item as it was before the update. */
public final class UpdateApplier {
    private UpdateApplier() {
    }

    /** @return the updated copy of the item (empty map when the item is new) */
    public static Map<String, AttributeValue> apply(List<UpdateAction> actions, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> result = item;
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                result = PathAccess.set(result, set.path(), OperandEvaluator.required(set.value(), item));
            } else if (action instanceof UpdateAction.Remove remove) {
                result = PathAccess.remove(result, remove.path());
            } else if (action instanceof UpdateAction.Add add) {
                result = PathAccess.set(result, add.path(), add(PathAccess.get(item, add.path()), add.value()));
            } else {
                UpdateAction.Delete delete = (UpdateAction.Delete) action;
                AttributeValue remaining = delete(PathAccess.get(item, delete.path()), delete.value());
                result = remaining == null ? PathAccess.remove(result, delete.path())
                        : PathAccess.set(result, delete.path(), remaining);
            }
        }
        return result;
    }

    private static AttributeValue add(AttributeValue existing, AttributeValue added) {
        if (existing == null) {
            return added;
        }
        if (existing instanceof AttributeValue.N a && added instanceof AttributeValue.N b) {
            return new AttributeValue.N(a.value().add(b.value()));
        }
        if (existing instanceof AttributeValue.SS a && added instanceof AttributeValue.SS b) {
            return new AttributeValue.SS(union(a.values(), b.values()));
        }
        if (existing instanceof AttributeValue.NS a && added instanceof AttributeValue.NS b) {
            return new AttributeValue.NS(union(a.values(), b.values()));
        }
        if (existing instanceof AttributeValue.BS a && added instanceof AttributeValue.BS b) {
            return new AttributeValue.BS(union(a.values(), b.values()));
        }
        throw OperandEvaluator.incorrectType();
    }

    private static AttributeValue delete(AttributeValue existing, AttributeValue removed) {
        if (existing == null) {
            return null;
        }
        if (existing instanceof AttributeValue.SS a && removed instanceof AttributeValue.SS b) {
            Set<String> left = difference(a.values(), b.values());
            return left.isEmpty() ? null : new AttributeValue.SS(left);
        }
        if (existing instanceof AttributeValue.NS a && removed instanceof AttributeValue.NS b) {
            Set<BigDecimal> left = difference(a.values(), b.values());
            return left.isEmpty() ? null : new AttributeValue.NS(left);
        }
        if (existing instanceof AttributeValue.BS a && removed instanceof AttributeValue.BS b) {
            Set<Binary> left = difference(a.values(), b.values());
            return left.isEmpty() ? null : new AttributeValue.BS(left);
        }
        throw OperandEvaluator.incorrectType();
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.addAll(b);
        return result;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.removeAll(b);
        return result;
    }
}
