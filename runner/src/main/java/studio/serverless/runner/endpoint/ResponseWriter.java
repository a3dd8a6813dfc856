package studio.serverless.runner.endpoint;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.endpoint.http.HttpCall;

/**
 * Writes an answer to the call: status, headers, {@code x-amzn-RequestId} and the body as it is produced.
 * HEAD answers and 304s carry the length the body would have had in {@code Content-Length} but no body.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void write(HttpCall call, String requestId, StreamedResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.contentType() != null) {
            headers.put("Content-Type", List.of(response.contentType()));
        }
        headers.put("x-amzn-RequestId", List.of(requestId));
        response.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        boolean head = call.method().equals("HEAD");
        boolean noBody = head || response.length() == 0 || response.status() == 204 || response.status() == 304;
        if (head && response.status() < 300) {
            headers.put("Content-Length", List.of(Long.toString(response.length())));
        }
        call.respond(response.status(), headers, noBody ? -1 : response.length(), out -> response.body().writeTo(out));
    }
}
