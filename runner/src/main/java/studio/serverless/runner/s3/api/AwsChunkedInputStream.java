package studio.serverless.runner.s3.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * Decodes an {@code aws-chunked} body as the AWS SDKs send it: {@code HEX-SIZE[;chunk-signature=...]\r\n DATA
 * \r\n}, repeated, then a zero-size chunk, then trailing headers ({@code x-amz-checksum-crc32:...}) and an empty
 * line. Chunk signatures are not checked (no signature is). The trailers are readable once the data is consumed.
 */
final class AwsChunkedInputStream extends InputStream {

    private static final int MAX_LINE = 8192;

    private final InputStream raw;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private long chunkLeft;
    private boolean finished;

    AwsChunkedInputStream(InputStream raw) {
        this.raw = new java.io.BufferedInputStream(raw, 64 * 1024);
    }

    /** The trailing headers, names in lower case; empty until the last chunk has been read. */
    Map<String, String> trailers() {
        return Map.copyOf(trailers);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (finished) {
            return -1;
        }
        if (chunkLeft == 0) {
            startChunk();
            if (finished) {
                return -1;
            }
        }
        int read = raw.read(bytes, offset, (int) Math.min(length, chunkLeft));
        if (read < 0) {
            throw malformed("the body ended inside a chunk");
        }
        chunkLeft -= read;
        if (chunkLeft == 0 && !readLine().isEmpty()) {
            throw malformed("a chunk is longer than its size says");
        }
        return read;
    }

    private void startChunk() throws IOException {
        String header = readLine();
        int semicolon = header.indexOf(';');
        String size = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
        try {
            chunkLeft = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw malformed("the chunk size '" + size + "' is not hexadecimal");
        }
        if (chunkLeft < 0) {
            throw malformed("negative chunk size");
        }
        if (chunkLeft == 0) {
            readTrailers();
            finished = true;
        }
    }

    private void readTrailers() throws IOException {
        for (String line = readLineOrEnd(); line != null && !line.isEmpty(); line = readLineOrEnd()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw malformed("the trailer '" + line + "' has no colon");
            }
            trailers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
    }

    private String readLine() throws IOException {
        String line = readLineOrEnd();
        if (line == null) {
            throw malformed("the body ended early");
        }
        return line;
    }

    private String readLineOrEnd() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = raw.read(); b != '\n'; b = raw.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE) {
                throw malformed("a chunk header is too long");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static S3Exception malformed(String what) {
        return new S3Exception(S3Error.INCOMPLETE_BODY, "The aws-chunked body is malformed: " + what + ".");
    }
}
