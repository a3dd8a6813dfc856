package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The shared part of the recursive-descent parsers: a cursor over the tokens, document paths, placeholders
 * and AWS-worded syntax errors.
 */
class TokenCursor {
    private final String source;
    private final List<Token> tokens;
    /** AWS's limit on the length of any one expression string: 4 KB. */
    static final int MAX_EXPRESSION_BYTES = 4096;

    private final ExpressionKind kind;
    private final ExpressionAttributes attributes;
    private int position;

    TokenCursor(String source, ExpressionKind kind, ExpressionAttributes attributes) {
        if (source == null || source.isBlank()) {
            throw DynamoDbException.validation(kind.errorPrefix() + "The expression can not be empty;");
        }
        int size = source.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (size > MAX_EXPRESSION_BYTES) {
            throw DynamoDbException.validation(kind.errorPrefix() + "Expression size has exceeded the maximum "
                    + "allowed size; expression size: " + size);
        }
        this.source = source;
        this.tokens = Tokenizer.tokenize(source);
        this.kind = kind;
        this.attributes = attributes;
    }

    ExpressionKind kind() {
        return kind;
    }

    Token peek() {
        return tokens.get(position);
    }

    Token peekAhead(int distance) {
        return tokens.get(Math.min(position + distance, tokens.size() - 1));
    }

    Token next() {
        Token token = peek();
        if (token.type() == TokenType.INVALID) {
            throw syntaxError(token);
        }
        if (token.type() != TokenType.END) {
            position++;
        }
        return token;
    }

    boolean accept(TokenType type) {
        if (peek().type() == type) {
            position++;
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    Token expect(TokenType type) {
        Token token = peek();
        if (token.type() != type) {
            throw syntaxError(token);
        }
        return next();
    }

    void expectEnd() {
        if (peek().type() != TokenType.END) {
            throw syntaxError(peek());
        }
    }

    /** Parses {@code name(.name | [index])*} where a name is a word or a {@code #placeholder}. */
    DocumentPath path() {
        List<PathElement> elements = new ArrayList<>();
        elements.add(new PathElement.Name(pathName()));
        while (true) {
            if (accept(TokenType.DOT)) {
                elements.add(new PathElement.Name(pathName()));
            } else if (accept(TokenType.LEFT_BRACKET)) {
                Token index = expect(TokenType.INTEGER);
                elements.add(new PathElement.Index(listIndex(index)));
                expect(TokenType.RIGHT_BRACKET);
            } else {
                return new DocumentPath(elements);
            }
        }
    }

    boolean atPathStart() {
        TokenType type = peek().type();
        return type == TokenType.IDENTIFIER || type == TokenType.NAME_PLACEHOLDER;
    }

    AttributeValue value() {
        return attributes.value(kind, expect(TokenType.VALUE_PLACEHOLDER).text());
    }

    DynamoDbException error(String detail) {
        return DynamoDbException.validation(kind.errorPrefix() + detail);
    }

    DynamoDbException syntaxError(Token token) {
        int index = tokens.indexOf(token);
        int from = index > 0 ? tokens.get(index - 1).start() : token.start();
        Token after = index + 1 < tokens.size() ? tokens.get(index + 1) : token;
        int to = after.type() == TokenType.END ? token.end() : after.end();
        String near = source.substring(from, Math.max(from, to));
        return error("Syntax error; token: \"" + token.text() + "\", near: \"" + near + "\"");
    }

    private String pathName() {
        Token token = next();
        if (token.type() == TokenType.NAME_PLACEHOLDER) {
            return attributes.name(kind, token.text());
        }
        if (token.type() != TokenType.IDENTIFIER || Character.isDigit(token.text().charAt(0))) {
            throw syntaxError(token);
        }
        if (ReservedWords.contains(token.text())) {
            throw error("Attribute name is a reserved keyword; reserved keyword: " + token.text());
        }
        return token.text();
    }

    private int listIndex(Token token) {
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw syntaxError(token);
        }
    }
}
