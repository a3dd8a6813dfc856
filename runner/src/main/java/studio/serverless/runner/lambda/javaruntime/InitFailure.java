package studio.serverless.runner.lambda.javaruntime;

/**
 * A handler that cannot be loaded, with the message and error type AWS's Java runtime reports to
 * {@code /init/error} (for example {@code Class not found: example.Handler}, {@code java.lang.ClassNotFoundException}).
 */
final class InitFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String errorType;

    InitFailure(String message, String errorType, Throwable cause) {
        super(message, cause);
        this.errorType = errorType;
    }

    String errorType() {
        return errorType;
    }

    /** The error document for {@code /init/error}. */
    byte[] document() {
        return ErrorDocument.of(getMessage(), errorType, getCause());
    }
}
