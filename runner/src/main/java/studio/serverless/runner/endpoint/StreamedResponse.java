package studio.serverless.runner.endpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * An answer whose body is written straight to the connection (an S3 object read from disk), so that no body is
 * ever held in memory whole.
 *
 * @param status      the HTTP status
 * @param contentType the content type, or null for none
 * @param headers     extra headers
 * @param length      the body length in bytes; for a HEAD request, the length the body would have had
 * @param body        writes exactly {@code length} bytes; not called for HEAD requests or empty bodies
 */
public record StreamedResponse(int status, String contentType, Map<String, String> headers, long length,
        BodyWriter body) {

    /** Copies the headers. */
    public StreamedResponse {
        headers = Map.copyOf(headers);
    }

    /** A buffered answer as a streamed one. */
    public static StreamedResponse of(AwsResponse response) {
        byte[] bytes = response.body();
        return new StreamedResponse(response.status(), response.contentType(), response.headers(), bytes.length,
                out -> out.write(bytes));
    }

    /** Writes a body to the connection. */
    @FunctionalInterface
    public interface BodyWriter {
        /** Writes the body to {@code out}; the caller closes {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }
}
