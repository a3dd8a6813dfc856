package studio.serverless.runner.endpoint.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** One request on a {@link HttpConnection}: its head, its body, and the connection's output for the answer. */
final class ConnectionCall implements HttpCall {

    private final RequestHead head;
    private final URI target;
    private final RequestBody body;
    private final OutputStream out;
    private final int localPort;
    private boolean responded;
    private boolean bodyComplete = true;

    ConnectionCall(RequestHead head, URI target, RequestBody body, OutputStream out, int localPort) {
        this.head = head;
        this.target = target;
        this.body = body;
        this.out = out;
        this.localPort = localPort;
    }

    @Override
    public String method() {
        return head.method();
    }

    @Override
    public String path() {
        return target.getPath();
    }

    @Override
    public String rawPath() {
        return target.getRawPath();
    }

    @Override
    public String rawQuery() {
        return target.getRawQuery();
    }

    @Override
    public Map<String, List<String>> headers() {
        return head.headers();
    }

    @Override
    public int localPort() {
        return localPort;
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void respond(int status, Map<String, List<String>> headers, long length, BodyWriter writer)
            throws IOException {
        if (responded) {
            throw new IllegalStateException("the request was already answered");
        }
        responded = true;
        out.write(ResponseHead.bytes(status, headers, length, head.keepAlive()));
        if (length > 0 && !head.method().equals("HEAD")) {
            CountingStream counted = new CountingStream(out);
            writer.writeTo(counted);
            bodyComplete = counted.count == length;
        }
        out.flush();
    }

    /** Whether an answer was written. */
    boolean responded() {
        return responded;
    }

    /** Whether the connection can carry another request: the client wants it and both bodies were complete. */
    boolean reusable() throws IOException {
        return responded && bodyComplete && head.keepAlive() && body.drain();
    }

    /** Counts what a body writer writes and keeps it from closing the connection. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
