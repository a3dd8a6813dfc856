package studio.serverless.runner.dynamodb.engine.expression;

import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** An operand of a condition or of a SET action, with placeholders resolved. */
public sealed interface Operand {
    /** The value at a document path. @param path the path */
    record PathOperand(DocumentPath path) implements Operand {
    }

    /** A value given as {@code :placeholder}. @param value the value */
    record ValueOperand(AttributeValue value) implements Operand {
    }

    /** {@code size(path)}. @param path the path measured */
    record Size(DocumentPath path) implements Operand {
    }

    /** {@code if_not_exists(path, fallback)}. @param path the path @param fallback the value if missing */
    record IfNotExists(DocumentPath path, Operand fallback) implements Operand {
    }

    /** {@code list_append(first, second)}. @param first the head list @param second the tail list */
    record ListAppend(Operand first, Operand second) implements Operand {
    }

    /** {@code left + right} or {@code left - right}. @param left a number @param plus true for + @param right a number */
    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {
    }
}
