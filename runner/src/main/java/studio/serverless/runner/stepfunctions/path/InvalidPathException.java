package studio.serverless.runner.stepfunctions.path;

/** A path that is not valid JSONPath; the message says where and what was expected. */
public final class InvalidPathException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The path {@code path} is invalid at {@code position} because of {@code reason}. */
    public InvalidPathException(String path, int position, String reason) {
        super("'" + path + "' is not a valid JSONPath: " + reason + " at character " + (position + 1));
    }
}
