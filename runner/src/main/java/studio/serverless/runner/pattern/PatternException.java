package studio.serverless.runner.pattern;

/** A pattern that is not valid; the message says what is wrong and where (a dotted path in the pattern). */
public final class PatternException extends RuntimeException {

    /** Creates the exception with a reason a person can act on. */
    public PatternException(String reason) {
        super(reason, null, false, false);
    }
}
