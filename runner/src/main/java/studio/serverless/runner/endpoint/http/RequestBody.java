package studio.serverless.runner.endpoint.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body over the connection's stream that ends where the body ends, so the next request on the
 * connection stays readable. Closing it does not close the connection.
 */
abstract class RequestBody extends InputStream {

    /** What is left of a body after its answer is read to the end, at most; more than this closes the connection. */
    static final long MAX_DRAINED_BYTES = 256 * 1024;

    /**
     * Reads and drops what the handler left unread, up to {@link #MAX_DRAINED_BYTES}.
     *
     * @return whether the body was read to its end (the connection can serve another request)
     */
    boolean drain() throws IOException {
        byte[] skipped = new byte[8192];
        long total = 0;
        for (int read = read(skipped); read >= 0; read = read(skipped)) {
            total += read;
            if (total > MAX_DRAINED_BYTES) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public void close() {
        // the connection outlives its requests
    }

    /** A body of a length given by Content-Length (zero for none). */
    static RequestBody fixed(InputStream in, long length) {
        return new FixedLengthBody(in, length);
    }

    /** A body sent with {@code Transfer-Encoding: chunked}. */
    static RequestBody chunked(InputStream in) {
        return new ChunkedBody(in);
    }
}
