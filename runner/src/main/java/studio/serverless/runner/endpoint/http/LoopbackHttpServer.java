package studio.serverless.runner.endpoint.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An HTTP/1.1 server on 127.0.0.1 only, one thread per open connection (a long-polling receive simply holds its
 * connection's thread). Beyond {@link #MAX_CONNECTIONS} open connections, new ones are closed at once.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** The most connections served at once. */
    public static final int MAX_CONNECTIONS = 1024;
    private static final Logger LOG = Logger.getLogger(LoopbackHttpServer.class.getName());

    private final ServerSocket listener;
    private final HttpHandler handler;
    private final ThreadPoolExecutor connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Thread acceptor;

    private LoopbackHttpServer(ServerSocket listener, HttpHandler handler, String name) {
        this.listener = listener;
        this.handler = handler;
        this.connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads(name));
    }

    /**
     * Listens on 127.0.0.1 at {@code port} (0 for any free port) and serves every request with {@code handler}.
     *
     * @param name names the server's threads
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static LoopbackHttpServer start(int port, HttpHandler handler, String name) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            LoopbackHttpServer server = new LoopbackHttpServer(listener, handler, name);
            Thread acceptor = new Thread(server::acceptLoop, name + "-accept");
            acceptor.setDaemon(true);
            server.acceptor = acceptor;
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** The address listened on (always a loopback address). */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                serve(listener.accept());
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    LOG.log(Level.WARNING, "accepting a connection failed", e);
                }
            }
        }
    }

    private void serve(Socket socket) throws IOException {
        open.add(socket);
        try {
            connections.execute(new HttpConnection(socket, handler, () -> open.remove(socket)));
        } catch (RejectedExecutionException e) {
            LOG.warning("more than " + MAX_CONNECTIONS + " open connections: closed a new one");
            open.remove(socket);
            socket.close();
        }
    }

    /**
     * Stops listening, closes every open connection and interrupts requests still running (long polls). Returns once
     * the port is free: a listening socket closed while its thread waits in {@code accept} is only let go when that
     * thread wakes, which on a busy machine came after a new listener on the same port had failed to bind.
     */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the listener failed", e);
        }
        awaitAcceptor();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing a connection failed", e);
            }
        }
        connections.shutdownNow();
    }

    private void awaitAcceptor() {
        if (acceptor == null || acceptor == Thread.currentThread()) {
            return;
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
