package studio.serverless.runner.endpoint.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a request line and its headers, refusing what is malformed or larger than {@link #MAX_HEAD_BYTES}. */
final class RequestHeadReader {

    /** The largest request line plus headers accepted (AWS's own front ends refuse far less). */
    static final int MAX_HEAD_BYTES = 64 * 1024;

    private final InputStream in;
    private final byte[] line = new byte[MAX_HEAD_BYTES];
    private int headBytes;

    RequestHeadReader(InputStream in) {
        this.in = in;
    }

    /** The next request's head, or null when the client closed the connection between requests. */
    RequestHead next() throws IOException, HttpProtocolException {
        headBytes = 0;
        String requestLine = readLine();
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine(); // tolerated: a stray CRLF between requests
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new HttpProtocolException(400, "malformed request line: expected METHOD TARGET HTTP/1.x");
        }
        return new RequestHead(parts[0], parts[1], parts[2], headers());
    }

    private Map<String, List<String>> headers() throws IOException, HttpProtocolException {
        Map<String, List<String>> headers = new HashMap<>();
        for (String header = readLine(); ; header = readLine()) {
            if (header == null) {
                throw new HttpProtocolException(400, "the connection ended inside the request headers");
            }
            if (header.isEmpty()) {
                return headers;
            }
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new HttpProtocolException(400, "malformed header line: expected NAME: VALUE");
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, n -> new ArrayList<>(1)).add(header.substring(colon + 1).trim());
        }
    }

    /** One line without its CRLF (a bare LF is accepted too), or null at the end of the stream. */
    private String readLine() throws IOException, HttpProtocolException {
        int length = 0;
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return length == 0 ? null : text(length);
            }
            if (++headBytes > MAX_HEAD_BYTES) {
                throw new HttpProtocolException(431, "the request line and headers exceed "
                        + MAX_HEAD_BYTES + " bytes");
            }
            line[length++] = (byte) b;
        }
        return text(length > 0 && line[length - 1] == '\r' ? length - 1 : length);
    }

    private String text(int length) {
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
}
