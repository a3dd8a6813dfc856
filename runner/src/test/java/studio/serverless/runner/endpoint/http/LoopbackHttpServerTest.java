package studio.serverless.runner.endpoint.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackHttpServerTest {

    /** Echoes method, path, query and body back, so a test sees what the server read. */
    private final LoopbackHttpServer server = LoopbackHttpServer.start(0, LoopbackHttpServerTest::echo, "test-http");

    private static void echo(HttpCall call) throws IOException {
        byte[] body = call.body().readAllBytes();
        String text = call.method() + " " + call.path() + " " + call.rawQuery() + " [" + new String(body,
                StandardCharsets.UTF_8) + "]";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        call.respond(200, Map.of("Content-Type", java.util.List.of("text/plain")), bytes.length, out -> out.write(bytes));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertTrue(server.address().getAddress().isLoopbackAddress());
    }

    @Test
    void servesSeveralRequestsOnOneKeptAliveConnection() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /a%20b?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello");
            endsWith(readResponse(socket), "POST /a b x=1 [hello]");
            send(socket, "GET /second HTTP/1.1\r\nHost: h\r\n\r\n");
            String second = readResponse(socket);
            assertTrue(second.startsWith("HTTP/1.1 200 OK") && second.endsWith("GET /second null []"), second);
        }
    }

    @Test
    void readsAChunkedBody() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n");
            endsWith(readResponse(socket), "[hello world]");
            send(socket, "GET /after HTTP/1.1\r\n\r\n");
            endsWith(readResponse(socket), "GET /after null []");
        }
    }

    @Test
    void answersExpectContinueBeforeTheBodyIsSent() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
            assertEquals("HTTP/1.1 100 Continue", readHead(socket.getInputStream()));
            assertEquals("", readHead(socket.getInputStream()), "the interim answer has no headers");
            send(socket, "ok");
            endsWith(readResponse(socket), "[ok]");
        }
    }

    @Test
    void refusesAMalformedRequestLineWithAReasonAndKeepsServingOthers() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "NONSENSE\r\n\r\n");
            String answer = readResponse(socket);
            assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request") && answer.contains("malformed request line")
                    && answer.contains("Connection: close"), answer);
        }
        try (Socket socket = connect()) {
            send(socket, "GET /still-up HTTP/1.1\r\n\r\n");
            endsWith(readResponse(socket), "GET /still-up null []");
        }
    }

    @Test
    void refusesAMalformedContentLength() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST / HTTP/1.1\r\nContent-Length: lots\r\n\r\n");
            String answer = readResponse(socket);
            assertTrue(answer.startsWith("HTTP/1.1 400") && answer.contains("malformed Content-Length 'lots'"), answer);
        }
    }

    @Test
    void refusesHeadersLargerThanTheLimit() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET / HTTP/1.1\r\nX-Big: " + "a".repeat(RequestHeadReader.MAX_HEAD_BYTES) + "\r\n\r\n");
            String answer = readResponse(socket);
            assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        }
    }

    @Test
    void closesTheConnectionWhenTheClientAsksTo() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /bye HTTP/1.1\r\nConnection: close\r\n\r\n");
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.contains("Connection: close"), answer);
            endsWith(answer, "GET /bye null []");
        }
    }

    @Test
    void aHandlerThatLeavesALargeBodyUnreadClosesTheConnectionInsteadOfReadingItAll() throws IOException {
        try (LoopbackHttpServer refusing = LoopbackHttpServer.start(0, call -> call.respond(400, Map.of(), -1, null),
                "test-refusing"); Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                        refusing.address().getPort())) {
            socket.setSoTimeout(10_000);
            long announced = 1L << 30;
            send(socket, "PUT /huge HTTP/1.1\r\nContent-Length: " + announced + "\r\n\r\n");
            socket.getOutputStream().write(new byte[64 * 1024]);
            assertEquals("HTTP/1.1 400 Bad Request", readHead(socket.getInputStream()));
            boolean ended;
            try {
                // far more than the server drains: a server reading the whole gigabyte would take it all
                for (int chunk = 0; chunk < 64; chunk++) {
                    socket.getOutputStream().write(new byte[64 * 1024]);
                }
                ended = drainToEnd(socket.getInputStream());
            } catch (java.net.SocketException closedByTheServer) {
                ended = true;
            }
            assertTrue(ended, "the server closed the connection instead of reading the rest of the body");
        }
    }

    @Test
    void survivesThousandsOfGarbledRequestsAndStillServes() throws IOException {
        java.util.Random random = new java.util.Random(42);
        String[] fragments = {"GET ", "POST /x HTTP/1.1\r\n", "Content-Length: ", "-5", "99999999999999999999",
            "Transfer-Encoding: chunked\r\n", "\r\n", "zz\r\n", "Expect: 100-continue\r\n", ":", " HTTP/2\r\n"};
        for (int attempt = 0; attempt < 2000; attempt++) {
            try (Socket socket = connect()) {
                StringBuilder garbage = new StringBuilder();
                for (int piece = random.nextInt(6); piece >= 0; piece--) {
                    garbage.append(random.nextBoolean() ? fragments[random.nextInt(fragments.length)]
                            : (char) random.nextInt(256));
                }
                send(socket, garbage.toString());
                socket.shutdownOutput();
                drainToEnd(socket.getInputStream());
            }
        }
        try (Socket socket = connect()) {
            send(socket, "GET /after-the-storm HTTP/1.1\r\n\r\n");
            endsWith(readResponse(socket), "GET /after-the-storm null []");
        }
    }

    private static void endsWith(String answer, String expectedEnd) {
        assertTrue(answer.endsWith(expectedEnd), () -> "expected the answer to end with " + expectedEnd + ":\n" + answer);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one response with a Content-Length body; returns head and body as text. */
    private static String readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int length = 0;
        for (String line = readHead(in); !line.isEmpty(); line = readHead(in)) {
            head.append(line).append("\r\n");
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return head + "\r\n" + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n' && b >= 0; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean drainToEnd(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        try {
            while (in.read(buffer) >= 0) {
                // the rest of the answer
            }
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (java.net.SocketException reset) {
            return true; // closed with unread data: a reset, also an end
        }
    }
}
