package studio.serverless.runner.endpoint.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A body of exactly the length the client announced. */
final class FixedLengthBody extends RequestBody {

    private final InputStream in;
    private long remaining;

    FixedLengthBody(InputStream in, long length) {
        this.in = in;
        this.remaining = length;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int read = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (read < 0) {
            throw new EOFException("the connection ended " + remaining + " bytes before the announced body did");
        }
        remaining -= read;
        return read;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(remaining, in.available());
    }
}
