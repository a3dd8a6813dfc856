package studio.serverless.runner.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback socket a handler connects to, so a test knows without sleeping that the handler is running, can hold
 * it there, and can read what it sends. Accepting waits at most 30 seconds.
 */
final class HandlerSignal implements AutoCloseable {

    private final ServerSocket server;
    private Socket handler;

    HandlerSignal() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            server.setSoTimeout(30_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Blocks until a handler has connected. */
    void awaitHandler() {
        try {
            handler = server.accept();
            handler.setSoTimeout(30_000);
        } catch (IOException e) {
            throw new UncheckedIOException("no handler connected within 30 seconds", e);
        }
    }

    /** Everything the connected handler sends until it closes the connection. */
    String received() {
        try (InputStream in = handler.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the connected handler go on. */
    void release() {
        try {
            handler.getOutputStream().write('g');
            handler.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (handler != null) {
            handler.close();
        }
        server.close();
    }
}
