package studio.serverless.model.format;

/**
 * A diagram file that cannot be read: its message is one line naming the file, the JSON path (or line and column)
 * and what was expected, fit to show a person as is.
 */
public final class DiagramFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with a complete, human-readable message. */
    public DiagramFormatException(String message) {
        super(message);
    }

    /** A failure with a complete, human-readable message and the low-level cause. */
    public DiagramFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
