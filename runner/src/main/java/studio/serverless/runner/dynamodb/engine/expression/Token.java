package studio.serverless.runner.dynamodb.engine.expression;

/**
 * One token of an expression.
 *
 * @param type  the kind of token
 * @param text  the source text ({@code <EOF>} at the end)
 * @param start offset of the first character in the source
 * @param end   offset after the last character
 */
public record Token(TokenType type, String text, int start, int end) {
    /** @return whether this is an identifier equal, ignoring case, to the keyword */
    public boolean isKeyword(String keyword) {
        return type == TokenType.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }
}
