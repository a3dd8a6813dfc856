package studio.serverless.runner.endpoint;

import java.io.IOException;
import java.util.LinkedHashMap;
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
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.contentType() != null) {
            headers.put("Content-Type", response.contentType());
        }
        headers.put("x-amzn-RequestId", requestId);
        headers.putAll(response.headers());
        boolean head = call.method().equals("HEAD");
        boolean noBody = head || response.length() == 0 || response.status() == 204 || response.status() == 304;
        if (head && response.status() < 300) {
            headers.put("Content-Length", Long.toString(response.length()));
        }
        call.respond(response.status(), headers, noBody ? -1 : response.length(), out -> response.body().writeTo(out));
    }
}
