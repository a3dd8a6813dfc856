package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** Parses an UpdateExpression: clauses SET, REMOVE, ADD and DELETE, each at most once, in any order. */
public final class UpdateParser {
    private final TokenCursor cursor;
    private final List<UpdateAction> actions = new ArrayList<>();

    private UpdateParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** @return the actions the source expresses, in order, after checking that no two paths overlap */
    public static List<UpdateAction> parse(String source, ExpressionAttributes attributes) {
        UpdateParser parser = new UpdateParser(new TokenCursor(source, ExpressionKind.UpdateExpression,
                attributes));
        parser.clauses();
        PathOverlap.requireDisjoint(parser.actions.stream().map(UpdateAction::path).toList(), parser.cursor);
        return List.copyOf(parser.actions);
    }

    private void clauses() {
        Set<String> seen = new HashSet<>();
        do {
            Token keyword = cursor.peek();
            String clause = keyword.type() == TokenType.IDENTIFIER ? keyword.text().toUpperCase(Locale.ROOT) : "";
            if (!Set.of("SET", "REMOVE", "ADD", "DELETE").contains(clause)) {
                throw cursor.syntaxError(keyword);
            }
            cursor.next();
            if (!seen.add(clause)) {
                throw cursor.error("The \"" + clause + "\" section can only be used once in an update expression;");
            }
            do {
                actions.add(action(clause));
            } while (cursor.accept(TokenType.COMMA));
        } while (cursor.peek().type() != TokenType.END);
    }

    private UpdateAction action(String clause) {
        DocumentPath path = cursor.path();
        return switch (clause) {
            case "SET" -> {
                cursor.expect(TokenType.EQUAL);
                yield new UpdateAction.Set(path, setValue());
            }
            case "REMOVE" -> new UpdateAction.Remove(path);
            case "ADD" -> new UpdateAction.Add(path, typedValue("ADD", true));
            default -> new UpdateAction.Delete(path, typedValue("DELETE", false));
        };
    }

    private AttributeValue typedValue(String operator, boolean numbersAllowed) {
        AttributeValue value = cursor.value();
        boolean allowed = value.type().isSet() || numbersAllowed && value instanceof AttributeValue.N;
        if (!allowed) {
            throw cursor.error("Incorrect operand type for operator or function; operator: " + operator
                    + ", operand type: " + value.type().wordInErrors());
        }
        return value;
    }

    private Operand setValue() {
        Operand left = setOperand();
        if (cursor.accept(TokenType.PLUS)) {
            return new Operand.Arithmetic(left, true, setOperand());
        }
        if (cursor.accept(TokenType.MINUS)) {
            return new Operand.Arithmetic(left, false, setOperand());
        }
        return left;
    }

    private Operand setOperand() {
        if (cursor.peek().type() == TokenType.VALUE_PLACEHOLDER) {
            return new Operand.ValueOperand(cursor.value());
        }
        if (cursor.peek().type() == TokenType.IDENTIFIER && cursor.peekAhead(1).type() == TokenType.LEFT_PAREN) {
            return function(cursor.next().text());
        }
        return new Operand.PathOperand(cursor.path());
    }

    private Operand function(String name) {
        if (!name.equals("if_not_exists") && !name.equals("list_append")) {
            if (Set.of("size", "attribute_exists", "attribute_not_exists", "attribute_type", "begins_with",
                    "contains").contains(name)) {
                throw cursor.error("The function is not allowed in an update expression; function: " + name);
            }
            throw cursor.error("Invalid function name; function: " + name);
        }
        cursor.expect(TokenType.LEFT_PAREN);
        Operand first = name.equals("if_not_exists") ? new Operand.PathOperand(cursor.path()) : setOperand();
        cursor.expect(TokenType.COMMA);
        Operand second = setOperand();
        cursor.expect(TokenType.RIGHT_PAREN);
        return name.equals("if_not_exists")
                ? new Operand.IfNotExists(((Operand.PathOperand) first).path(), second)
                : new Operand.ListAppend(first, second);
    }
}
