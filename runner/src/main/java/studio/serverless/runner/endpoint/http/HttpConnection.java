package studio.serverless.runner.endpoint.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Serves the requests of one client connection in turn until the client closes it or it cannot be reused. */
final class HttpConnection implements Runnable {

    /** How long an idle kept-alive connection is held; longer than the AWS SDKs keep theirs (60 s). */
    static final int IDLE_TIMEOUT_MILLIS = 120_000;
    private static final Logger LOG = Logger.getLogger(HttpConnection.class.getName());
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final Socket socket;
    private final HttpHandler handler;
    private final Runnable onClose;

    HttpConnection(Socket socket, HttpHandler handler, Runnable onClose) {
        this.socket = socket;
        this.handler = handler;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            RequestHeadReader reader = new RequestHeadReader(in);
            while (serveNext(reader, in, out)) {
                // one request after another on the kept-alive connection
            }
        } catch (SocketTimeoutException e) {
            LOG.log(Level.FINE, "closed an idle connection", e);
        } catch (IOException e) {
            LOG.log(Level.FINE, "connection failed", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a request failed outside its handler; closing its connection", e);
        } finally {
            onClose.run();
        }
    }

    private boolean serveNext(RequestHeadReader reader, InputStream in, OutputStream out) throws IOException {
        ConnectionCall call;
        try {
            RequestHead head = reader.next();
            if (head == null) {
                return false;
            }
            call = new ConnectionCall(head, target(head), body(head, in), out, socket.getLocalPort());
            if (head.expectsContinue()) {
                out.write(CONTINUE);
                out.flush();
            }
        } catch (HttpProtocolException e) {
            refuse(out, e);
            return false;
        }
        handler.handle(call);
        if (!call.responded()) {
            LOG.warning("a request was not answered; closing its connection");
            return false;
        }
        return call.reusable();
    }

    private static URI target(RequestHead head) throws HttpProtocolException {
        try {
            return new URI(head.target());
        } catch (URISyntaxException e) {
            throw new HttpProtocolException(400, "malformed request target: " + e.getMessage());
        }
    }

    private static RequestBody body(RequestHead head, InputStream in) throws HttpProtocolException {
        if (head.chunked()) {
            return RequestBody.chunked(in);
        }
        String length = head.header("content-length");
        try {
            long bytes = length == null ? 0 : Long.parseLong(length);
            if (bytes < 0) {
                throw new NumberFormatException(length);
            }
            return RequestBody.fixed(in, bytes);
        } catch (NumberFormatException e) {
            throw new HttpProtocolException(400, "malformed Content-Length '" + length + "': expected a byte count");
        }
    }

    private static void refuse(OutputStream out, HttpProtocolException problem) throws IOException {
        byte[] message = (problem.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(ResponseHead.bytes(problem.status(), Map.of("Content-Type", List.of("text/plain; charset=utf-8")),
                message.length, false));
        out.write(message);
        out.flush();
    }
}
