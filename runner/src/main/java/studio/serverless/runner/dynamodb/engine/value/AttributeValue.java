package studio.serverless.runner.dynamodb.engine.value;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;

/**
 * One DynamoDB attribute value. Each record matches one wire shape ({@code {"S": ...}}, {@code {"N": ...}}, ...);
 * all are immutable, and sets are never empty and never hold duplicates.
 */
public sealed interface AttributeValue {

    /** @return the data type descriptor */
    AttributeType type();

    /** A string. @param value the text */
    record S(String value) implements AttributeValue {
        /** Checks the value is present. */
        public S {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public AttributeType type() {
            return AttributeType.S;
        }
    }

    /** A number, kept normalised (see {@link Numbers}). @param value the number */
    record N(BigDecimal value) implements AttributeValue {
        /** Normalises and range-checks the number. */
        public N {
            value = Numbers.check(value);
        }

        /** @return the number denoted by the wire text */
        public static N of(String text) {
            return new N(Numbers.parse(text));
        }

        /** @return the canonical text */
        public String text() {
            return Numbers.text(value);
        }

        @Override
        public AttributeType type() {
            return AttributeType.N;
        }
    }

    /** Binary data. @param value the bytes */
    record B(Binary value) implements AttributeValue {
        @Override
        public AttributeType type() {
            return AttributeType.B;
        }
    }

    /** A string set. @param values the members */
    record SS(Set<String> values) implements AttributeValue {
        /** Checks the set is not empty. */
        public SS {
            values = checkedSet(values, values, "An string set  may not be empty");
        }

        /** @return the set of the listed strings, refusing duplicates as AWS does */
        public static SS of(Collection<String> members) {
            return new SS(noDuplicates(members, Function.identity()));
        }

        @Override
        public AttributeType type() {
            return AttributeType.SS;
        }
    }

    /** A number set. @param values the normalised members */
    record NS(Set<BigDecimal> values) implements AttributeValue {
        /** Checks the set is not empty and normalises its members. */
        public NS {
            values = checkedSet(values.stream().map(Numbers::check).toList(), values,
                    "An number set  may not be empty");
        }

        /** @return the set of the listed number texts, refusing duplicates as AWS does */
        public static NS of(Collection<String> members) {
            return new NS(noDuplicates(members, Numbers::parse));
        }

        @Override
        public AttributeType type() {
            return AttributeType.NS;
        }
    }

    /** A binary set. @param values the members */
    record BS(Set<Binary> values) implements AttributeValue {
        /** Checks the set is not empty. */
        public BS {
            values = checkedSet(values, values, "Binary sets should not be empty");
        }

        /** @return the set of the listed binaries, refusing duplicates as AWS does */
        public static BS of(Collection<Binary> members) {
            return new BS(noDuplicates(members, Function.identity()));
        }

        @Override
        public AttributeType type() {
            return AttributeType.BS;
        }
    }

    /** A map of named values. @param values the entries, in insertion order */
    record M(Map<String, AttributeValue> values) implements AttributeValue {
        /** Copies the entries into an unmodifiable map. */
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public AttributeType type() {
            return AttributeType.M;
        }
    }

    /** A list of values. @param values the elements */
    record L(List<AttributeValue> values) implements AttributeValue {
        /** Copies the elements into an unmodifiable list. */
        public L {
            values = List.copyOf(values);
        }

        @Override
        public AttributeType type() {
            return AttributeType.L;
        }
    }

    /** The NULL value. */
    record Null() implements AttributeValue {
        @Override
        public AttributeType type() {
            return AttributeType.NULL;
        }
    }

    /** A boolean. @param value true or false */
    record Bool(boolean value) implements AttributeValue {
        @Override
        public AttributeType type() {
            return AttributeType.BOOL;
        }
    }

    /** @return a string value */
    static AttributeValue s(String text) {
        return new S(text);
    }

    /** @return a number value from its text */
    static AttributeValue n(String text) {
        return N.of(text);
    }

    private static <T> Set<T> checkedSet(Collection<T> members, Collection<?> original, String emptyMessage) {
        if (original.isEmpty()) {
            throw DynamoDbException.invalidParameter(emptyMessage);
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(members));
    }

    private static <T, R> Set<R> noDuplicates(Collection<T> members, Function<T, R> convert) {
        Set<R> set = new LinkedHashSet<>();
        for (T member : members) {
            if (!set.add(convert.apply(member))) {
                throw DynamoDbException.invalidParameter("Input collection " + members + " contains duplicates.");
            }
        }
        return set;
    }
}
