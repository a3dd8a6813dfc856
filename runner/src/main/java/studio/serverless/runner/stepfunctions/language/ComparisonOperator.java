package studio.serverless.runner.stepfunctions.language;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of Choice rules, without the {@code Path} suffix (which {@code ChoiceRule} records). */
public enum ComparisonOperator {
    StringEquals(Operand.STRING), StringLessThan(Operand.STRING), StringGreaterThan(Operand.STRING),
    StringLessThanEquals(Operand.STRING), StringGreaterThanEquals(Operand.STRING), StringMatches(Operand.STRING),
    NumericEquals(Operand.NUMBER), NumericLessThan(Operand.NUMBER), NumericGreaterThan(Operand.NUMBER),
    NumericLessThanEquals(Operand.NUMBER), NumericGreaterThanEquals(Operand.NUMBER),
    BooleanEquals(Operand.BOOLEAN),
    TimestampEquals(Operand.TIMESTAMP), TimestampLessThan(Operand.TIMESTAMP), TimestampGreaterThan(Operand.TIMESTAMP),
    TimestampLessThanEquals(Operand.TIMESTAMP), TimestampGreaterThanEquals(Operand.TIMESTAMP),
    IsNull(Operand.TEST), IsPresent(Operand.TEST), IsNumeric(Operand.TEST), IsString(Operand.TEST),
    IsBoolean(Operand.TEST), IsTimestamp(Operand.TEST);

    /** What an operator compares with: the type of its literal value. */
    public enum Operand { STRING, NUMBER, BOOLEAN, TIMESTAMP, TEST }

    private final Operand operand;

    ComparisonOperator(Operand operand) {
        this.operand = operand;
    }

    /** The type of the literal this operator takes. */
    public Operand operand() {
        return operand;
    }

    /** Whether a {@code *Path} variant exists (every comparison except StringMatches and the Is* tests). */
    public boolean hasPathVariant() {
        return operand != Operand.TEST && this != StringMatches;
    }

    /** The operator a field of a Choice rule names, e.g. {@code NumericLessThan} (not its Path variant). */
    public static Optional<ComparisonOperator> named(String field) {
        return Arrays.stream(values()).filter(operator -> operator.name().equals(field)).findFirst();
    }
}
