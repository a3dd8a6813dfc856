package studio.serverless.runner.endpoint.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A body in HTTP/1.1 chunked transfer coding: hex size lines, chunks, a zero chunk and optional trailers. */
final class ChunkedBody extends RequestBody {

    private static final int MAX_SIZE_LINE = 4096;

    private final InputStream in;
    private long chunkLeft;
    private boolean ended;

    ChunkedBody(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (ended) {
            return -1;
        }
        if (chunkLeft == 0) {
            chunkLeft = nextChunkSize();
            if (chunkLeft == 0) {
                skipTrailers();
                ended = true;
                return -1;
            }
        }
        int read = in.read(buffer, offset, (int) Math.min(length, chunkLeft));
        if (read < 0) {
            throw new EOFException("the connection ended inside a chunk of the request body");
        }
        chunkLeft -= read;
        if (chunkLeft == 0) {
            line(); // the CRLF after the chunk's data
        }
        return read;
    }

    private long nextChunkSize() throws IOException {
        String sizeLine = line();
        int extension = sizeLine.indexOf(';');
        String size = (extension >= 0 ? sizeLine.substring(0, extension) : sizeLine).trim();
        try {
            long parsed = Long.parseLong(size, 16);
            if (parsed < 0) {
                throw new NumberFormatException(size);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IOException("malformed chunk size '" + size + "' in the request body");
        }
    }

    private void skipTrailers() throws IOException {
        while (!line().isEmpty()) {
            // trailers carry nothing the endpoint reads
        }
    }

    private String line() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection ended inside the chunked request body");
            }
            if (b != '\r') {
                text.append((char) b);
            }
            if (text.length() > MAX_SIZE_LINE) {
                throw new IOException("a chunk size line of the request body is longer than " + MAX_SIZE_LINE);
            }
        }
        return text.toString();
    }
}
