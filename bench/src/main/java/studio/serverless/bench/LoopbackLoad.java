package studio.serverless.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A lean HTTP/1.1 load generator, as wrk is one: each thread keeps one connection alive and sends a POST, reads the
 * status line, the headers and the {@code Content-Length} body, and sends the next. The JDK's {@code HttpClient}
 * spent more CPU per request than the gateway it measured (its selector thread and futures on two cores), so a
 * blocking client that does only what HTTP needs leaves the cores to the system under test. Its threads' CPU time
 * is reported so that the runner's share can be told apart.
 */
final class LoopbackLoad {

    /**
     * What one run did: the sorted latencies in nanoseconds, the generator threads' CPU time and how many answers
     * had another status than expected.
     */
    record Run(long[] sortedNanos, long cpuNanos, long unexpected) {
    }

    /** Makes the body of request {@code number} of thread {@code thread}. */
    interface Bodies {
        String body(int thread, long number);
    }

    private final URI target;
    private final Bodies bodies;
    private final int expectedStatus;

    /** Sends to {@code target}; answers other than {@code expectedStatus} are counted (the first one printed). */
    LoopbackLoad(URI target, Bodies bodies, int expectedStatus) {
        this.target = target;
        this.bodies = bodies;
        this.expectedStatus = expectedStatus;
    }

    /** Sends requests from {@code threads} threads for {@code length}. */
    Run run(int threads, Duration length) throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        Latencies[] latencies = new Latencies[threads];
        AtomicLong cpu = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            latencies[t] = new Latencies();
            Thread worker = new Thread(() -> {
                try {
                    drive(thread, deadline, latencies[thread], unexpected);
                } catch (IOException | RuntimeException e) {
                    failure[0] = new IllegalStateException("load thread " + thread + " failed: " + e.getMessage(), e);
                } finally {
                    cpu.addAndGet(threadCpuNanos());
                }
            }, "load-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Run(Latencies.merged(latencies), cpu.get(), unexpected.get());
    }

    private void drive(int thread, long deadline, Latencies latencies, AtomicLong unexpected) throws IOException {
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            String head = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":"
                    + target.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: ";
            for (long i = 0; System.nanoTime() < deadline; i++) {
                byte[] body = bodies.body(thread, i).getBytes(StandardCharsets.UTF_8);
                byte[] request = (head + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
                long start = System.nanoTime();
                byte[] whole = new byte[request.length + body.length];
                System.arraycopy(request, 0, whole, 0, request.length);
                System.arraycopy(body, 0, whole, request.length, body.length);
                out.write(whole);
                out.flush();
                Response response = readResponse(in);
                latencies.add(System.nanoTime() - start);
                if (response.status() != expectedStatus && unexpected.incrementAndGet() == 1) {
                    System.err.println("the API answered " + response.status() + " "
                            + new String(response.body(), StandardCharsets.UTF_8) + ", expected " + expectedStatus);
                }
            }
        }
    }

    private record Response(int status, byte[] body) {
    }

    /** Reads one response with a {@code Content-Length} body. */
    private static Response readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        return new Response(status, in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection mid-response");
            }
            if (c != '\r') {
                text.append((char) c);
            }
        }
        return text.toString();
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }
}
