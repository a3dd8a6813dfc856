package studio.serverless.runner.dynamodb.engine.query;

import studio.serverless.runner.dynamodb.engine.expression.Condition;
import studio.serverless.runner.dynamodb.engine.expression.Operand;

/** Finds whether a condition mentions a top-level attribute. */
final class FilterPaths {
    private FilterPaths() {
    }

    static boolean mentions(Condition condition, String attribute) {
        if (condition instanceof Condition.And and) {
            return mentions(and.left(), attribute) || mentions(and.right(), attribute);
        }
        if (condition instanceof Condition.Or or) {
            return mentions(or.left(), attribute) || mentions(or.right(), attribute);
        }
        if (condition instanceof Condition.Not not) {
            return mentions(not.condition(), attribute);
        }
        if (condition instanceof Condition.Comparison comparison) {
            return mentions(comparison.left(), attribute) || mentions(comparison.right(), attribute);
        }
        if (condition instanceof Condition.Between between) {
            return mentions(between.value(), attribute);
        }
        if (condition instanceof Condition.In in) {
            return mentions(in.value(), attribute);
        }
        if (condition instanceof Condition.AttributeExists exists) {
            return exists.path().topLevelName().equals(attribute);
        }
        if (condition instanceof Condition.AttributeNotExists notExists) {
            return notExists.path().topLevelName().equals(attribute);
        }
        if (condition instanceof Condition.AttributeTypeIs typeIs) {
            return typeIs.path().topLevelName().equals(attribute);
        }
        if (condition instanceof Condition.BeginsWith beginsWith) {
            return mentions(beginsWith.value(), attribute);
        }
        return mentions(((Condition.Contains) condition).value(), attribute);
    }

    private static boolean mentions(Operand operand, String attribute) {
        if (operand instanceof Operand.PathOperand path) {
            return path.path().topLevelName().equals(attribute);
        }
        return operand instanceof Operand.Size size && size.path().topLevelName().equals(attribute);
    }
}
