package studio.serverless.runner.dynamodb.engine.expression;

import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** One action of an UpdateExpression. */
public sealed interface UpdateAction {
    /** @return the path the action changes */
    DocumentPath path();

    /** {@code SET path = value}. @param path target @param value the new value */
    record Set(DocumentPath path, Operand value) implements UpdateAction {
    }

    /** {@code REMOVE path}. @param path target */
    record Remove(DocumentPath path) implements UpdateAction {
    }

    /** {@code ADD path :value} (numbers and sets). @param path target @param value added */
    record Add(DocumentPath path, AttributeValue value) implements UpdateAction {
    }

    /** {@code DELETE path :set}. @param path target @param value the members removed */
    record Delete(DocumentPath path, AttributeValue value) implements UpdateAction {
    }
}
