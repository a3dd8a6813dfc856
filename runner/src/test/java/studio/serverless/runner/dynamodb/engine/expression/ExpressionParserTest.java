package studio.serverless.runner.dynamodb.engine.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

class ExpressionParserTest {
    private static final Map<String, String> NAMES = Map.of("#n", "name");
    private static final Map<String, AttributeValue> VALUES = Map.of(":v", AttributeValue.s("x"),
            ":w", AttributeValue.n("3"));

    @ParameterizedTest
    @ValueSource(strings = {"a = :v", "a.b[2].c <> :v", "#n < :v AND b >= :w", "NOT (a = :v OR b = :w)",
        "a BETWEEN :v AND :w", "a IN (:v, :w)", "attribute_exists(a)", "attribute_not_exists(#n.x)",
        "attribute_type(a, :v)", "begins_with(a, :v)", "contains(a, :w)", "size(a) > :w", "a = :v and b = :w"})
    void validConditionsParse(String expression) {
        ConditionParser.parse(expression, ExpressionKind.ConditionExpression, new ExpressionAttributes(NAMES, VALUES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a = |Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"",
        "a = :z|Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
            + "attribute value: :z",
        "#z = :v|Invalid ConditionExpression: An expression attribute name used in the document path is not "
            + "defined; attribute name: #z",
        "foo(a)|Invalid ConditionExpression: Invalid function name; function: foo",
        "begins_with(a)|Invalid ConditionExpression: Incorrect number of operands for operator or function; "
            + "operator or function: begins_with, number of operands: 1",
        "attribute_exists(:v)|Invalid ConditionExpression: Operator or function requires a document path; "
            + "operator or function: attribute_exists",
        "name = :v|Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name",
        "'  '|Invalid ConditionExpression: The expression can not be empty;"})
    void invalidConditionsFailWithAwsMessages(String expression, String message) {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> ConditionParser.parse(expression,
                ExpressionKind.ConditionExpression, new ExpressionAttributes(NAMES, VALUES)));
        assertEquals(message, error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SET a = :v SET b = :v|Invalid UpdateExpression: The \"SET\" section can only be used once in an update "
            + "expression;",
        "SET a = :v REMOVE a.b|Invalid UpdateExpression: Two document paths overlap with each other; must remove or "
            + "rewrite one of these paths; path one: [a], path two: [a, b]",
        "SET a.b = :v REMOVE a[0]|Invalid UpdateExpression: Two document paths conflict with each other; must "
            + "remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]",
        "ADD a :v|Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, "
            + "operand type: STRING",
        "DELETE a :w|Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, "
            + "operand type: NUMBER",
        "PUT a = :v|Invalid UpdateExpression: Syntax error; token: \"PUT\", near: \"PUT a\""})
    void invalidUpdatesFailWithAwsMessages(String expression, String message) {
        DynamoDbException error = assertThrows(DynamoDbException.class,
                () -> UpdateParser.parse(expression, new ExpressionAttributes(NAMES, VALUES)));
        assertEquals(message, error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "#n|Value provided in ExpressionAttributeValues unused in expressions: keys: {:v, :w}",
        "a = :v AND b = :w|Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}"})
    void unusedPlaceholdersAreRefused(String expression, String message) {
        ExpressionAttributes attributes = new ExpressionAttributes(NAMES, VALUES);
        if (expression.startsWith("#")) {
            ProjectionParser.parse(expression, attributes);
        } else {
            ConditionParser.parse(expression, ExpressionKind.ConditionExpression, attributes);
        }
        DynamoDbException error = assertThrows(DynamoDbException.class, attributes::requireAllUsed);
        assertEquals(message, error.getMessage());
    }
}
