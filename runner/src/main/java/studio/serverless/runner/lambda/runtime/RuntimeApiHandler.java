package studio.serverless.runner.lambda.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.serverless.runner.endpoint.http.HttpCall;
import studio.serverless.runner.endpoint.http.HttpHandler;

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
    private static final String ACCEPTED = "{\"status\":\"OK\"}";
    private static final List<String> JSON = List.of("application/json");

    private final RuntimeSession session;

    RuntimeApiHandler(RuntimeSession session) {
        this.session = session;
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        String path = call.path();
        String method = call.method();
        if (method.equals("GET") && path.equals(NEXT)) {
            next(call);
            return;
        }
        Matcher report = REPORT.matcher(path);
        if (method.equals("POST") && report.matches()) {
            report(call, report.group(1), report.group(2).equals("error"));
        } else if (method.equals("POST") && path.equals(INIT_ERROR)) {
            byte[] body = readBody(call);
            session.initFailed(new RuntimeOutcome(RuntimeOutcome.Kind.INIT_ERROR, body, errorType(call)));
            send(call, 202, ACCEPTED);
        } else {
            send(call, 404, error("InvalidPath", "No Runtime API resource " + method + " " + path));
        }
    }

    private void next(HttpCall call) throws IOException {
        Invocation invocation;
        try {
            invocation = session.next();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation = null;
        }
        if (invocation == null) {
            send(call, 500, error("ContainerError", "The execution environment is shutting down."));
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Lambda-Runtime-Aws-Request-Id", List.of(invocation.requestId()));
        headers.put("Lambda-Runtime-Deadline-Ms", List.of(Long.toString(invocation.delivered().join())));
        headers.put("Lambda-Runtime-Invoked-Function-Arn", List.of(invocation.functionArn()));
        headers.put("Lambda-Runtime-Trace-Id", List.of(invocation.traceId()));
        headers.put("Content-Type", JSON);
        byte[] payload = invocation.payload();
        call.respond(200, headers, payload.length == 0 ? -1 : payload.length, out -> out.write(payload));
    }

    private void report(HttpCall call, String requestId, boolean error) throws IOException {
        byte[] body = readBody(call);
        if (body.length > MAX_RESPONSE_BYTES) {
            session.end(requestId, RuntimeOutcome.environmentError("Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES
                            + " bytes)."));
            send(call, 413, error("RequestEntityTooLarge", "The response is larger than 6 MB."));
            return;
        }
        RuntimeOutcome outcome = error
                ? new RuntimeOutcome(RuntimeOutcome.Kind.FUNCTION_ERROR, body, errorType(call))
                : RuntimeOutcome.response(body);
        if (session.end(requestId, outcome)) {
            send(call, 202, ACCEPTED);
        } else {
            send(call, 400, error("InvalidRequestID", "Invalid request ID: " + requestId));
        }
    }

    private static String errorType(HttpCall call) {
        return call.header("lambda-runtime-function-error-type");
    }

    private static byte[] readBody(HttpCall call) throws IOException {
        return call.body().readNBytes(MAX_RESPONSE_BYTES + 1);
    }

    private static String error(String type, String message) {
        return "{\"errorMessage\":" + JsonText.quote(message) + ",\"errorType\":" + JsonText.quote(type) + "}";
    }

    private static void send(HttpCall call, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        call.respond(status, Map.of("Content-Type", JSON), bytes.length, out -> out.write(bytes));
    }
}
