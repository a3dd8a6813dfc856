package studio.serverless.app.run.cost;

/** A pricing file that cannot be used, with where it is wrong and what was expected there. */
public final class PricingFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message names the file, the key and what was expected. */
    public PricingFileException(String message) {
        super(message);
    }

    /** The message names the file and what is wrong; {@code cause} is the reader's error. */
    public PricingFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
