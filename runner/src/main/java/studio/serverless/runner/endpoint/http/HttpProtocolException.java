package studio.serverless.runner.endpoint.http;

/** A request the server cannot read as HTTP/1.1; answered with {@link #status()} and the connection closed. */
final class HttpProtocolException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int status;

    HttpProtocolException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
