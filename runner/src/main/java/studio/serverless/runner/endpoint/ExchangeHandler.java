package studio.serverless.runner.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an HTTP exchange into an {@link AwsRequest}, routes it, and writes the answer with its
 * {@code x-amzn-RequestId}. Whatever a service throws becomes a 500 InternalFailure: the server keeps running.
 */
final class ExchangeHandler implements HttpHandler {

    /** Bodies larger than this are refused (the JSON and query protocols' requests are small). */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ExchangeHandler.class.getName());

    private final RequestRouter router;
    private final String defaultRegion;

    ExchangeHandler(RequestRouter router, String defaultRegion) {
        this.router = router;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        AwsResponse response;
        try {
            response = answer(exchange, requestId);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "request " + requestId + " failed", e);
            response = ProtocolErrors.internalFailure(AwsProtocol.QUERY, requestId);
        }
        write(exchange, requestId, response);
    }

    private AwsResponse answer(HttpExchange exchange, String requestId) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            return ProtocolErrors.query(413, "RequestEntityTooLarge", "The request body is too large.", true,
                    requestId);
        }
        AwsRequest request = toRequest(exchange, body, requestId);
        Route route = router.route(request);
        if (route.error() != null) {
            return route.error();
        }
        try {
            return route.adapter().handle(request, route.protocol());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request " + requestId + " failed in " + route.adapter().signingName(), e);
            return ProtocolErrors.internalFailure(route.protocol(), requestId);
        }
    }

    private AwsRequest toRequest(HttpExchange exchange, byte[] body, String requestId) {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
        }
        return new AwsRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers, body,
                CallerIdentity.fromAuthorization(authorization, defaultRegion), requestId, host);
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static void write(HttpExchange exchange, String requestId, AwsResponse response) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            response.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] body = response.body();
            boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), empty ? -1 : body.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
