package studio.serverless.runner.endpoint;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one HTTP endpoint of the local cloud, on the loopback address only, routing every request to its service
 * by AWS protocol. Served by the JDK's HTTP server on a bounded pool of threads: long-polling receivers each hold
 * a thread, so the pool is generous, and when it and its queue are full the accepting thread runs the request
 * itself, which slows new connections down instead of dropping them.
 */
public final class LocalEndpoint implements AutoCloseable {

    /** Threads serving requests; each long-polling receive holds one for up to 20 seconds. */
    public static final int THREADS = 64;
    private static final int QUEUED_REQUESTS = 1024;

    static {
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK
        // and every small answer waits ~40 ms; the property is read once, when the first server is created
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private LocalEndpoint(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code adapters} on 127.0.0.1 at {@code port} (0 for any free port).
     *
     * @param defaultRegion the region of requests without a credential scope
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static LocalEndpoint start(int port, String defaultRegion, List<ServiceAdapter> adapters) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS), daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            server.createContext("/", new ExchangeHandler(new RequestRouter(adapters), defaultRegion));
            server.setExecutor(executor);
            server.start();
            return new LocalEndpoint(server, executor);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** The address the server listens on (always a loopback address). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The endpoint's URI, e.g. {@code http://127.0.0.1:4577}, for {@code endpointOverride}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Stops at once: closes the listening socket and interrupts requests still running (long polls). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "local-cloud-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
