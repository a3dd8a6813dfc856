package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import studio.serverless.runner.stepfunctions.language.ComparisonOperator;

/** The typed comparisons of Choice rules: strings, numbers, booleans and timestamps; a type mismatch is false. */
final class Comparisons {

    private Comparisons() {
    }

    static boolean compare(ComparisonOperator operator, JsonNode value, JsonNode expected) {
        Integer order = switch (operator.operand()) {
            case STRING -> value.isTextual() && expected.isTextual() ? (Integer) value.asText().compareTo(expected.asText()) : null;
            case NUMBER -> value.isNumber() && expected.isNumber()
                    ? (Integer) value.decimalValue().compareTo(expected.decimalValue()) : null;
            case BOOLEAN -> value.isBoolean() && expected.isBoolean()
                    ? (Integer) (value.asBoolean() == expected.asBoolean() ? 0 : 1) : null;
            case TIMESTAMP -> timestampOrder(value, expected);
            default -> null;
        };
        if (order == null) {
            return false;
        }
        if (operator == ComparisonOperator.StringMatches) {
            return ChoiceEvaluator.glob(expected.asText()).matcher(value.asText()).matches();
        }
        String name = operator.name();
        if (name.endsWith("GreaterThanEquals")) {
            return order >= 0;
        } else if (name.endsWith("LessThanEquals")) {
            return order <= 0;
        } else if (name.endsWith("GreaterThan")) {
            return order > 0;
        } else if (name.endsWith("LessThan")) {
            return order < 0;
        }
        return order == 0;
    }

    private static Integer timestampOrder(JsonNode value, JsonNode expected) {
        if (!value.isTextual() || !expected.isTextual()) {
            return null;
        }
        OffsetDateTime left = ChoiceEvaluator.timestamp(value.asText());
        OffsetDateTime right = ChoiceEvaluator.timestamp(expected.asText());
        return left == null || right == null ? null : left.toInstant().compareTo(right.toInstant());
    }
}
