package studio.serverless.runner.dynamodb.engine.expression;

/** Kinds of token in a DynamoDB expression. */
public enum TokenType {
    /** A bare word: attribute name, keyword or function name. */ IDENTIFIER,
    /** An expression attribute name such as {@code #n}. */ NAME_PLACEHOLDER,
    /** An expression attribute value such as {@code :v}. */ VALUE_PLACEHOLDER,
    /** An unsigned integer (list index). */ INTEGER,
    /** {@code (} */ LEFT_PAREN,
    /** {@code )} */ RIGHT_PAREN,
    /** {@code [} */ LEFT_BRACKET,
    /** {@code ]} */ RIGHT_BRACKET,
    /** {@code ,} */ COMMA,
    /** {@code .} */ DOT,
    /** {@code =} */ EQUAL,
    /** {@code <>} */ NOT_EQUAL,
    /** {@code <} */ LESS,
    /** {@code <=} */ LESS_OR_EQUAL,
    /** {@code >} */ GREATER,
    /** {@code >=} */ GREATER_OR_EQUAL,
    /** {@code +} */ PLUS,
    /** {@code -} */ MINUS,
    /** A character no token starts with. */ INVALID,
    /** End of the expression. */ END
}
