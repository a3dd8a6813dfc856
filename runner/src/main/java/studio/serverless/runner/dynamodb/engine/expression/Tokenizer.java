package studio.serverless.runner.dynamodb.engine.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits an expression into tokens; the parser reports anything unexpected, including invalid characters. */
public final class Tokenizer {
    private static final Map<String, TokenType> OPERATORS = Map.ofEntries(
            Map.entry("<>", TokenType.NOT_EQUAL), Map.entry("<=", TokenType.LESS_OR_EQUAL),
            Map.entry(">=", TokenType.GREATER_OR_EQUAL), Map.entry("=", TokenType.EQUAL),
            Map.entry("<", TokenType.LESS), Map.entry(">", TokenType.GREATER),
            Map.entry("(", TokenType.LEFT_PAREN), Map.entry(")", TokenType.RIGHT_PAREN),
            Map.entry("[", TokenType.LEFT_BRACKET), Map.entry("]", TokenType.RIGHT_BRACKET),
            Map.entry(",", TokenType.COMMA), Map.entry(".", TokenType.DOT),
            Map.entry("+", TokenType.PLUS), Map.entry("-", TokenType.MINUS));

    private Tokenizer() {
    }

    /** @return the tokens of the source, ending with an END token */
    public static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int position = 0;
        while (true) {
            while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
                position++;
            }
            if (position >= source.length()) {
                tokens.add(new Token(TokenType.END, "<EOF>", source.length(), source.length()));
                return tokens;
            }
            Token token = next(source, position);
            tokens.add(token);
            position = token.end();
        }
    }

    private static Token next(String source, int start) {
        char first = source.charAt(start);
        if (first == '#' || first == ':') {
            int end = wordEnd(source, start + 1);
            TokenType type = first == '#' ? TokenType.NAME_PLACEHOLDER : TokenType.VALUE_PLACEHOLDER;
            return new Token(end == start + 1 ? TokenType.INVALID : type, source.substring(start, end), start, end);
        }
        if (Character.isDigit(first)) {
            int end = wordEnd(source, start);
            String text = source.substring(start, end);
            boolean integer = text.chars().allMatch(Character::isDigit);
            return new Token(integer ? TokenType.INTEGER : TokenType.IDENTIFIER, text, start, end);
        }
        if (isWordCharacter(first)) {
            int end = wordEnd(source, start);
            return new Token(TokenType.IDENTIFIER, source.substring(start, end), start, end);
        }
        for (int length = 2; length >= 1; length--) {
            if (start + length <= source.length()) {
                TokenType type = OPERATORS.get(source.substring(start, start + length));
                if (type != null) {
                    return new Token(type, source.substring(start, start + length), start, start + length);
                }
            }
        }
        return new Token(TokenType.INVALID, String.valueOf(first), start, start + 1);
    }

    private static int wordEnd(String source, int start) {
        int end = start;
        while (end < source.length() && isWordCharacter(source.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isWordCharacter(char character) {
        return character < 128 && (Character.isLetterOrDigit(character) || character == '_');
    }
}
