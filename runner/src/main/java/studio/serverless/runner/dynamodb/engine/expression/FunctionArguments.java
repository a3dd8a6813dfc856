package studio.serverless.runner.dynamodb.engine.expression;

import java.util.List;
import java.util.Set;

/** Builds function conditions and operands from parsed arguments, checking counts and kinds as AWS does. */
final class FunctionArguments {
    private static final Set<String> CONDITION_FUNCTIONS = Set.of(
            "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");

    private final TokenCursor cursor;

    FunctionArguments(TokenCursor cursor) {
        this.cursor = cursor;
    }

    boolean isConditionFunction(String name) {
        return CONDITION_FUNCTIONS.contains(name);
    }

    Condition conditionFunction(String name, List<Operand> arguments) {
        return switch (name) {
            case "attribute_exists" -> new Condition.AttributeExists(path(name, arguments, 1));
            case "attribute_not_exists" -> new Condition.AttributeNotExists(path(name, arguments, 1));
            case "attribute_type" -> new Condition.AttributeTypeIs(path(name, arguments, 2), arguments.get(1));
            case "begins_with" -> beginsWith(arguments);
            default -> contains(arguments);
        };
    }

    Operand size(List<Operand> arguments) {
        return new Operand.Size(path("size", arguments, 1));
    }

    private Condition beginsWith(List<Operand> arguments) {
        requireCount("begins_with", arguments, 2);
        return new Condition.BeginsWith(arguments.get(0), arguments.get(1));
    }

    private Condition contains(List<Operand> arguments) {
        requireCount("contains", arguments, 2);
        return new Condition.Contains(arguments.get(0), arguments.get(1));
    }

    private DocumentPath path(String name, List<Operand> arguments, int count) {
        requireCount(name, arguments, count);
        if (!(arguments.get(0) instanceof Operand.PathOperand pathOperand)) {
            throw cursor.error("Operator or function requires a document path; operator or function: " + name);
        }
        return pathOperand.path();
    }

    private void requireCount(String name, List<Operand> arguments, int count) {
        if (arguments.size() != count) {
            throw cursor.error("Incorrect number of operands for operator or function; operator or function: "
                    + name + ", number of operands: " + arguments.size());
        }
    }
}
