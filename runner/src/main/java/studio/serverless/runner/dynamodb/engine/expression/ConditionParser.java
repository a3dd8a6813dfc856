package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses condition, filter and key condition expressions. Precedence, lowest first: OR, AND, NOT, then
 * comparisons, BETWEEN, IN, functions and parentheses.
 */
public final class ConditionParser {
    private static final Map<TokenType, Condition.Comparator> COMPARATORS = Map.of(
            TokenType.EQUAL, Condition.Comparator.EQUAL, TokenType.NOT_EQUAL, Condition.Comparator.NOT_EQUAL,
            TokenType.LESS, Condition.Comparator.LESS, TokenType.LESS_OR_EQUAL, Condition.Comparator.LESS_OR_EQUAL,
            TokenType.GREATER, Condition.Comparator.GREATER,
            TokenType.GREATER_OR_EQUAL, Condition.Comparator.GREATER_OR_EQUAL);
    private static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final int MAX_IN_OPERANDS = 100;

    private final TokenCursor cursor;
    private final FunctionArguments functions;

    private ConditionParser(TokenCursor cursor) {
        this.cursor = cursor;
        this.functions = new FunctionArguments(cursor);
    }

    /** @return the condition the source expresses, or a ValidationException worded as AWS words it */
    public static Condition parse(String source, ExpressionKind kind, ExpressionAttributes attributes) {
        ConditionParser parser = new ConditionParser(new TokenCursor(source, kind, attributes));
        Condition condition = parser.or();
        parser.cursor.expectEnd();
        return condition;
    }

    private Condition or() {
        Condition condition = and();
        while (cursor.acceptKeyword("OR")) {
            condition = new Condition.Or(condition, and());
        }
        return condition;
    }

    private Condition and() {
        Condition condition = not();
        while (cursor.acceptKeyword("AND")) {
            condition = new Condition.And(condition, not());
        }
        return condition;
    }

    private Condition not() {
        if (cursor.acceptKeyword("NOT")) {
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        if (cursor.accept(TokenType.LEFT_PAREN)) {
            Condition inner = or();
            cursor.expect(TokenType.RIGHT_PAREN);
            return inner;
        }
        if (isFunctionCall() && functions.isConditionFunction(cursor.peek().text())) {
            return functions.conditionFunction(cursor.next().text(), arguments());
        }
        Operand left = operand();
        Condition.Comparator comparator = COMPARATORS.get(cursor.peek().type());
        if (comparator != null) {
            cursor.next();
            return new Condition.Comparison(comparator, left, operand());
        }
        if (cursor.acceptKeyword("BETWEEN")) {
            Operand low = operand();
            if (!cursor.acceptKeyword("AND")) {
                throw cursor.syntaxError(cursor.peek());
            }
            return new Condition.Between(left, low, operand());
        }
        if (cursor.acceptKeyword("IN")) {
            return in(left);
        }
        throw cursor.syntaxError(cursor.peek());
    }

    private Condition in(Operand left) {
        cursor.expect(TokenType.LEFT_PAREN);
        List<Operand> candidates = new ArrayList<>();
        do {
            candidates.add(operand());
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RIGHT_PAREN);
        if (candidates.size() > MAX_IN_OPERANDS) {
            throw cursor.error("The IN operator is provided with too many operands; number of operands: "
                    + candidates.size());
        }
        return new Condition.In(left, candidates);
    }

    private Operand operand() {
        if (cursor.peek().type() == TokenType.VALUE_PLACEHOLDER) {
            return new Operand.ValueOperand(cursor.value());
        }
        if (isFunctionCall()) {
            String name = cursor.next().text();
            if (name.equals("size")) {
                return functions.size(arguments());
            }
            if (UPDATE_FUNCTIONS.contains(name) || functions.isConditionFunction(name)) {
                throw cursor.error("The function is not allowed to be used this way in an expression; function: "
                        + name);
            }
            throw cursor.error("Invalid function name; function: " + name);
        }
        return new Operand.PathOperand(cursor.path());
    }

    private List<Operand> arguments() {
        cursor.expect(TokenType.LEFT_PAREN);
        List<Operand> arguments = new ArrayList<>();
        do {
            arguments.add(operand());
        } while (cursor.accept(TokenType.COMMA));
        cursor.expect(TokenType.RIGHT_PAREN);
        return arguments;
    }

    private boolean isFunctionCall() {
        return cursor.peek().type() == TokenType.IDENTIFIER
                && cursor.peekAhead(1).type() == TokenType.LEFT_PAREN;
    }
}
