package studio.serverless.runner.endpoint.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** One HTTP request on a connection and the way to answer it, exactly once. */
public interface HttpCall {

    /** The request method, e.g. {@code POST}. */
    String method();

    /** The decoded request path, e.g. {@code /bucket/a key}. */
    String path();

    /** The request path as sent, still percent-encoded. */
    String rawPath();

    /** The raw (still encoded) query string, or null when there is none. */
    String rawQuery();

    /** The request headers, names in lower case, values in the order received. */
    Map<String, List<String>> headers();

    /** The first value of a header, by its lower-case name, or null. */
    default String header(String lowerCaseName) {
        List<String> values = headers().get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The port the request arrived on. */
    int localPort();

    /** The request body (empty when there is none); ends where the body ends, never reads the next request. */
    InputStream body();

    /**
     * Answers the request.
     *
     * @param status  the HTTP status
     * @param headers the response headers, each with its values in order (Content-Length and Date are added)
     * @param length  the body length, or -1 for no body
     * @param body    writes exactly {@code length} bytes; not called when there is no body
     * @throws IOException when the connection fails while answering
     */
    void respond(int status, Map<String, List<String>> headers, long length, BodyWriter body) throws IOException;

    /** Writes a response body. */
    @FunctionalInterface
    interface BodyWriter {
        /** Writes the body to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }
}
