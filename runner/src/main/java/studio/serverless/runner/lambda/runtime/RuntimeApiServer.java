package studio.serverless.runner.lambda.runtime;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Runtime API of one execution environment, on 127.0.0.1 at a free port. One server per environment,
 * so that {@code AWS_LAMBDA_RUNTIME_API} is a plain {@code host:port} as on AWS and a runtime's {@code /next}
 * needs no identification (see decision 0022). The servers share one pool of daemon threads: a runtime waiting
 * in {@code /next} holds one.
 */
public final class RuntimeApiServer implements AutoCloseable {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "lambda-runtime-api");
        thread.setDaemon(true);
        return thread;
    });

    static {
        // small answers otherwise wait ~40 ms for the client's delayed ACK (see LocalEndpoint)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final RuntimeSession session;

    private RuntimeApiServer(HttpServer server, RuntimeSession session) {
        this.server = server;
        this.session = session;
    }

    /**
     * Starts serving {@code session} on a free loopback port.
     *
     * @throws UncheckedIOException when no port can be bound
     */
    public static RuntimeApiServer start(RuntimeSession session) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/2018-06-01/runtime/", new RuntimeApiHandler(session));
            server.setExecutor(THREADS);
            server.start();
            return new RuntimeApiServer(server, session);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the Lambda Runtime API on 127.0.0.1", e);
        }
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}: {@code 127.0.0.1:PORT}. */
    public String hostAndPort() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Releases a waiting {@code /next} and stops listening. */
    @Override
    public void close() {
        session.close();
        server.stop(0);
    }
}
