package studio.serverless.runner.lambda.runtime;

import java.io.UncheckedIOException;
import studio.serverless.runner.endpoint.http.LoopbackHttpServer;

/**
 * The Runtime API of one execution environment, on 127.0.0.1 at a free port. One server per environment,
 * so that {@code AWS_LAMBDA_RUNTIME_API} is a plain {@code host:port} as on AWS and a runtime's {@code /next}
 * needs no identification (see decision 0022). It runs on the endpoint's {@link LoopbackHttpServer}: the runtime
 * keeps one connection alive, whose thread reads each call and answers it itself, where the JDK's server handed
 * every call from its dispatcher thread to a worker and back (decision 0031).
 */
public final class RuntimeApiServer implements AutoCloseable {

    private final LoopbackHttpServer server;
    private final RuntimeSession session;

    private RuntimeApiServer(LoopbackHttpServer server, RuntimeSession session) {
        this.server = server;
        this.session = session;
    }

    /**
     * Starts serving {@code session} on a free loopback port.
     *
     * @throws UncheckedIOException when no port can be bound
     */
    public static RuntimeApiServer start(RuntimeSession session) {
        return new RuntimeApiServer(LoopbackHttpServer.start(0, new RuntimeApiHandler(session), "lambda-runtime-api"),
                session);
    }

    /** The value of {@code AWS_LAMBDA_RUNTIME_API}: {@code 127.0.0.1:PORT}. */
    public String hostAndPort() {
        return server.address().getAddress().getHostAddress() + ":" + server.address().getPort();
    }

    /** Releases a waiting {@code /next} and stops listening. */
    @Override
    public void close() {
        session.close();
        server.close();
    }
}
