package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback socket that handlers send each event they receive to (one connection per event), so a test reads
 * every invocation in the order it happened without sleeping. Waiting for the next event gives up after 30 seconds.
 */
final class EventRecorder implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ServerSocket server;
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    EventRecorder() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "event-recorder");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port to give handlers (as REPORT_PORT). */
    String port() {
        return Integer.toString(server.getLocalPort());
    }

    /** The next event a handler received. */
    JsonNode next() throws InterruptedException {
        JsonNode event = events.poll(30, TimeUnit.SECONDS);
        assertNotNull(event, "no handler reported an event within 30 seconds");
        return event;
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket handler = server.accept(); InputStream in = handler.getInputStream()) {
                events.add(JSON.readTree(in.readAllBytes()));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
