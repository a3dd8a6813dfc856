package studio.serverless.runner.dynamodb.engine.expression;

import java.util.List;

/** A parsed condition, filter or key condition expression. */
public sealed interface Condition {
    /** The six comparators. */
    enum Comparator {
        /** = */ EQUAL,
        /** &lt;&gt; */ NOT_EQUAL,
        /** &lt; */ LESS,
        /** &lt;= */ LESS_OR_EQUAL,
        /** &gt; */ GREATER,
        /** &gt;= */ GREATER_OR_EQUAL
    }

    /** {@code left comparator right}. @param comparator the comparator @param left left @param right right */
    record Comparison(Comparator comparator, Operand left, Operand right) implements Condition {
    }

    /** {@code value BETWEEN low AND high}. @param value tested @param low lower bound @param high upper bound */
    record Between(Operand value, Operand low, Operand high) implements Condition {
    }

    /** {@code value IN (candidates)}. @param value tested @param candidates the list */
    record In(Operand value, List<Operand> candidates) implements Condition {
        /** Copies the list. */
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    /** {@code left AND right}. @param left left @param right right */
    record And(Condition left, Condition right) implements Condition {
    }

    /** {@code left OR right}. @param left left @param right right */
    record Or(Condition left, Condition right) implements Condition {
    }

    /** {@code NOT condition}. @param condition negated */
    record Not(Condition condition) implements Condition {
    }

    /** {@code attribute_exists(path)}. @param path the path */
    record AttributeExists(DocumentPath path) implements Condition {
    }

    /** {@code attribute_not_exists(path)}. @param path the path */
    record AttributeNotExists(DocumentPath path) implements Condition {
    }

    /** {@code attribute_type(path, :type)}. @param path the path @param type the type name operand */
    record AttributeTypeIs(DocumentPath path, Operand type) implements Condition {
    }

    /** {@code begins_with(value, prefix)}. @param value tested @param prefix the prefix */
    record BeginsWith(Operand value, Operand prefix) implements Condition {
    }

    /** {@code contains(value, part)}. @param value tested @param part the member or substring */
    record Contains(Operand value, Operand part) implements Condition {
    }
}
