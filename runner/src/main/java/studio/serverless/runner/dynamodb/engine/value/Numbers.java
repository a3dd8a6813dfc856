package studio.serverless.runner.dynamodb.engine.value;

import java.math.BigDecimal;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitudes between 1E-130 and 9.99...E+125, and a
 * canonical text with no exponent and no trailing zeros.
 */
public final class Numbers {
    private static final int MAX_PRECISION = 38;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E126");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

    private Numbers() {
    }

    /** @return the number the text denotes, normalised, or a ValidationException as AWS words it */
    public static BigDecimal parse(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw DynamoDbException.validation("A value provided cannot be converted into a number");
        }
        return check(number);
    }

    /** @return the number normalised, after checking DynamoDB's precision and range */
    public static BigDecimal check(BigDecimal number) {
        BigDecimal normal = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (normal.precision() > MAX_PRECISION) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = normal.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE) >= 0) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (normal.signum() != 0 && magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            throw DynamoDbException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return normal;
    }

    /** @return the canonical text DynamoDB returns for a normalised number */
    public static String text(BigDecimal number) {
        return number.toPlainString();
    }

    /** @return the bytes the number counts for in the item size: one per two significant digits, plus one */
    public static int size(BigDecimal number) {
        return (number.precision() + 1) / 2 + 1;
    }
}
