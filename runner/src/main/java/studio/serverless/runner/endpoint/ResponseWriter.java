package studio.serverless.runner.endpoint;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an answer to the exchange: status, headers, {@code x-amzn-RequestId} and the body as it is produced.
 * HEAD answers and 304s carry the length the body would have had in {@code Content-Length} but no body.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void write(HttpExchange exchange, String requestId, StreamedResponse response) throws IOException {
        try (exchange) {
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            response.headers().forEach(exchange.getResponseHeaders()::set);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            boolean noBody = head || response.length() == 0 || response.status() == 204 || response.status() == 304;
            if (head && response.status() < 300) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(response.length()));
            }
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.length());
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    response.body().writeTo(out);
                }
            }
        }
    }
}
