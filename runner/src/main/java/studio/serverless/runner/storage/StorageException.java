package studio.serverless.runner.storage;

/** A failure to read or write the local cloud's data: the change it concerns was not made durable. */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure of {@code what}, caused by {@code cause}. */
    public StorageException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
