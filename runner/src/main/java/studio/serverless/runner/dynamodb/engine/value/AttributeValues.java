package studio.serverless.runner.dynamodb.engine.value;

import java.util.Comparator;

/** Ordering of key values as DynamoDB sorts them: numbers numerically, strings by UTF-8 bytes, binary unsigned. */
public final class AttributeValues {
    /** Orders two scalar values of the same type; throws if the types differ or are not S, N or B. */
    public static final Comparator<AttributeValue> KEY_ORDER = AttributeValues::compare;

    private AttributeValues() {
    }

    /** @return whether two values have the same type and can be ordered (S, N or B) */
    public static boolean comparable(AttributeValue left, AttributeValue right) {
        return left.type() == right.type() && left.type().isScalarKeyType();
    }

    /** @return negative, zero or positive as the left value sorts before, with, or after the right */
    public static int compare(AttributeValue left, AttributeValue right) {
        if (left instanceof AttributeValue.N a && right instanceof AttributeValue.N b) {
            return a.value().compareTo(b.value());
        }
        if (left instanceof AttributeValue.S a && right instanceof AttributeValue.S b) {
            return compareUtf8(a.value(), b.value());
        }
        if (left instanceof AttributeValue.B a && right instanceof AttributeValue.B b) {
            return a.value().compareTo(b.value());
        }
        throw new IllegalArgumentException("Cannot order " + left.type() + " and " + right.type());
    }

    /** Compares by code points, which gives the same order as comparing UTF-8 bytes unsigned. */
    static int compareUtf8(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
