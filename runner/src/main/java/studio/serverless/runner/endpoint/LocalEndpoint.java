package studio.serverless.runner.endpoint;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import studio.serverless.runner.endpoint.http.LoopbackHttpServer;

/**
 * The one HTTP endpoint of the local cloud, on the loopback address only, routing every request to its service
 * by AWS protocol. Served by {@link LoopbackHttpServer}: one thread per client connection, so a long-polling
 * receive holds only its own connection (decision 0023).
 */
public final class LocalEndpoint implements AutoCloseable {

    private final LoopbackHttpServer server;

    private LocalEndpoint(LoopbackHttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving {@code adapters} on 127.0.0.1 at {@code port} (0 for any free port).
     *
     * @param defaultRegion the region of requests without a credential scope
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static LocalEndpoint start(int port, String defaultRegion, List<ServiceAdapter> adapters) {
        return start(port, defaultRegion, adapters, RequestObserver.NONE);
    }

    /** Starts serving {@code adapters} as {@link #start(int, String, List)} does, telling {@code observer} each answer. */
    public static LocalEndpoint start(int port, String defaultRegion, List<ServiceAdapter> adapters,
            RequestObserver observer) {
        ExchangeHandler handler = new ExchangeHandler(new RequestRouter(adapters), defaultRegion, observer);
        return new LocalEndpoint(LoopbackHttpServer.start(port, handler, "local-cloud"));
    }

    /** The address the server listens on (always a loopback address). */
    public InetSocketAddress address() {
        return server.address();
    }

    /** The endpoint's URI, e.g. {@code http://127.0.0.1:4577}, for {@code endpointOverride}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.address().getPort());
    }

    /** Stops at once: closes the listening socket and every connection, interrupting requests still running. */
    @Override
    public void close() {
        server.close();
    }
}
