package studio.serverless.runner.dynamodb.engine.value;

/** The ten DynamoDB data type descriptors, named as they appear on the wire. */
public enum AttributeType {
    /** String. */ S,
    /** Number. */ N,
    /** Binary. */ B,
    /** String set. */ SS,
    /** Number set. */ NS,
    /** Binary set. */ BS,
    /** Map. */ M,
    /** List. */ L,
    /** Null. */ NULL,
    /** Boolean. */ BOOL;

    /** @return whether the type can be a key attribute (S, N or B) */
    public boolean isScalarKeyType() {
        return this == S || this == N || this == B;
    }

    /** @return whether the type is one of the three set types */
    public boolean isSet() {
        return this == SS || this == NS || this == BS;
    }

    /** @return the upper-case word AWS uses for the type in operand-type errors, e.g. STRING */
    public String wordInErrors() {
        return switch (this) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case SS -> "STRING SET";
            case NS -> "NUMBER SET";
            case BS -> "BINARY SET";
            case M -> "MAP";
            case L -> "LIST";
            case NULL -> "NULL";
            case BOOL -> "BOOLEAN";
        };
    }
}
