package studio.serverless.canvas.icon;

/** An SVG icon the loader cannot draw: the message names the file, the element and what was expected. */
public final class SvgFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem in the file called {@code source}. */
    public SvgFormatException(String source, String problem) {
        super(source + ": " + problem);
    }

    /** A problem in the file called {@code source}, found by a parser that reported {@code cause}. */
    public SvgFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
