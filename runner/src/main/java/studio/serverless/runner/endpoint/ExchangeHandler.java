package studio.serverless.runner.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an HTTP exchange into an {@link AwsRequest}, routes it, and writes the answer with its
 * {@code x-amzn-RequestId}. Requests for a {@link StreamingServiceAdapter} (S3) keep their body as a stream;
 * all others are read into memory, up to {@link #MAX_BODY_BYTES}. Whatever a service throws becomes a 500
 * InternalFailure: the server keeps running.
 */
final class ExchangeHandler implements HttpHandler {

    /** Bodies larger than this are refused (the JSON and query protocols' requests are small). */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ExchangeHandler.class.getName());
    private static final byte[] NO_BODY = new byte[0];

    private final RequestRouter router;
    private final String defaultRegion;

    ExchangeHandler(RequestRouter router, String defaultRegion) {
        this.router = router;
        this.defaultRegion = defaultRegion;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        StreamedResponse response;
        try (InputStream body = exchange.getRequestBody()) {
            response = answer(exchange, body, requestId);
        } catch (IOException e) {
            // the client went away or sent less than it announced: nothing useful to say, little to log
            LOG.log(Level.FINE, "request " + requestId + ": connection failed", e);
            response = StreamedResponse.of(ProtocolErrors.internalFailure(AwsProtocol.QUERY, requestId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request " + requestId + " failed", e);
            response = StreamedResponse.of(ProtocolErrors.internalFailure(AwsProtocol.QUERY, requestId));
        }
        ResponseWriter.write(exchange, requestId, response);
    }

    private StreamedResponse answer(HttpExchange exchange, InputStream in, String requestId) throws IOException {
        AwsRequest head = toRequest(exchange, NO_BODY, requestId);
        StreamingServiceAdapter streaming = router.streamingAdapter(head);
        if (streaming != null) {
            try {
                return streaming.handleStreaming(head, in);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "request " + requestId + " failed in " + streaming.signingName(), e);
                return StreamedResponse.of(ProtocolErrors.internalFailure(AwsProtocol.REST, requestId));
            }
        }
        return StreamedResponse.of(answerBuffered(exchange, in, requestId));
    }

    private AwsResponse answerBuffered(HttpExchange exchange, InputStream in, String requestId) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
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
}
