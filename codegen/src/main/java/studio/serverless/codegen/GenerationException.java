package studio.serverless.codegen;

/**
 * The diagram cannot be turned into files as drawn (e.g. a filter policy that is not JSON), or a template failed.
 * The message names the element and what was expected, in one line.
 */
public class GenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a message naming the element and the problem. */
    public GenerationException(String message) {
        super(message);
    }

    /** A failure with a message and its cause. */
    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
