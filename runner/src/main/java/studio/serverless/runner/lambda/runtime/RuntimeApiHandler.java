package studio.serverless.runner.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the four Runtime API calls for one session. Status codes as AWS documents them: 200 for {@code /next},
 * 202 {@code {"status":"OK"}} for reports, 400 for an unknown request id, 413 for a response over 6 MB (the
 * invocation then fails with {@code Function.ResponseSizeTooLarge}), 404 for any other path.
 */
final class RuntimeApiHandler implements HttpHandler {

    /** AWS's limit on a synchronous response payload. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
    private static final Pattern REPORT = Pattern.compile("/2018-06-01/runtime/invocation/([^/]+)/(response|error)");
    private static final String NEXT = "/2018-06-01/runtime/invocation/next";
    private static final String INIT_ERROR = "/2018-06-01/runtime/init/error";

    private final RuntimeSession session;

    RuntimeApiHandler(RuntimeSession session) {
        this.session = session;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher report = REPORT.matcher(path);
            if (method.equals("GET") && path.equals(NEXT)) {
                next(exchange);
            } else if (method.equals("POST") && report.matches()) {
                report(exchange, report.group(1), report.group(2).equals("error"));
            } else if (method.equals("POST") && path.equals(INIT_ERROR)) {
                byte[] body = readBody(exchange);
                session.initFailed(new RuntimeOutcome(RuntimeOutcome.Kind.INIT_ERROR, body, errorType(exchange)));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                send(exchange, 404, error("InvalidPath", "No Runtime API resource " + method + " " + path));
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = session.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation = null;
        }
        if (invocation == null) {
            send(exchange, 500, error("ContainerError", "The execution environment is shutting down."));
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.delivered().join()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn());
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        headers.set("Content-Type", "application/json");
        byte[] payload = invocation.payload();
        exchange.sendResponseHeaders(200, payload.length == 0 ? -1 : payload.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(payload);
        }
    }

    private void report(HttpExchange exchange, String requestId, boolean error) throws IOException {
        byte[] body = readBody(exchange);
        if (body.length > MAX_RESPONSE_BYTES) {
            session.end(requestId, RuntimeOutcome.environmentError("Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES
                            + " bytes)."));
            send(exchange, 413, error("RequestEntityTooLarge", "The response is larger than 6 MB."));
            return;
        }
        RuntimeOutcome outcome = error
                ? new RuntimeOutcome(RuntimeOutcome.Kind.FUNCTION_ERROR, body, errorType(exchange))
                : RuntimeOutcome.response(body);
        if (session.end(requestId, outcome)) {
            send(exchange, 202, "{\"status\":\"OK\"}");
        } else {
            send(exchange, 400, error("InvalidRequestID", "Invalid request ID: " + requestId));
        }
    }

    private static String errorType(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(MAX_RESPONSE_BYTES + 1);
        }
    }

    private static String error(String type, String message) {
        return "{\"errorMessage\":" + JsonText.quote(message) + ",\"errorType\":" + JsonText.quote(type) + "}";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
