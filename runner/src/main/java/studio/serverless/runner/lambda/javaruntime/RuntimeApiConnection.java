package studio.serverless.runner.lambda.javaruntime;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One kept-alive HTTP/1.1 connection to the Runtime API at {@code host:port}, reopened once when the server closed
 * it. Its own few lines of HTTP instead of {@code HttpURLConnection} or {@code HttpClient}: loading either costs tens
 * of milliseconds of every cold start.
 */
final class RuntimeApiConnection {

    /** A Runtime API answer; header names are lower case. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RuntimeApiConnection(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        this.host = hostAndPort.substring(0, colon);
        this.port = Integer.parseInt(hostAndPort.substring(colon + 1));
    }

    /** Sends one request; {@code errorType} becomes {@code Lambda-Runtime-Function-Error-Type} when not null. */
    Answer call(String method, String path, byte[] body, String errorType) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                connect();
                out.write(head(method, path, body.length, errorType));
                out.write(body);
                out.flush();
                return read();
            } catch (IOException e) {
                close();
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port));
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
    }

    private byte[] head(String method, String path, int length, String errorType) {
        String head = method + " /2018-06-01/runtime" + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n"
                + (errorType == null ? "" : "Lambda-Runtime-Function-Error-Type: " + errorType + "\r\n") + "\r\n";
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Answer read() throws IOException {
        String statusLine = line();
        Map<String, String> headers = new HashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? chunks()
                : in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            close();
        }
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line();
        }
        line();
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        return Integer.parseInt(line().split(";")[0].trim(), 16);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the Runtime API closed the connection");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing a broken connection: nothing to do
        }
        socket = null;
    }
}
