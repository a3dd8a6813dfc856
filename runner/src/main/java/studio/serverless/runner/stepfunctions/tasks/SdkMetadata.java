package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two members Step Functions adds to an optimized integration's API response, as AWS's SDK reports them:
 * {@code SdkHttpMetadata} (the answer's headers, once as lists and once as single values, and its status) and
 * {@code SdkResponseMetadata} (the request id). Workflows sometimes read {@code $.SdkHttpMetadata.HttpStatusCode}.
 */
final class SdkMetadata {

    private SdkMetadata() {
    }

    /** Adds both members to {@code response}, an API answer of {@code contentType} sent at {@code date}. */
    static ObjectNode attach(ObjectNode response, String contentType, String requestId, Instant date) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Length", String.valueOf(response.toString().getBytes(StandardCharsets.UTF_8).length));
        headers.put("Content-Type", contentType);
        headers.put("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)));
        headers.put("x-amzn-RequestId", requestId);
        ObjectNode http = response.putObject("SdkHttpMetadata");
        ObjectNode all = http.putObject("AllHttpHeaders");
        ObjectNode single = http.putObject("HttpHeaders");
        headers.forEach((name, value) -> {
            all.putArray(name).add(value);
            single.put(name, value);
        });
        http.put("HttpStatusCode", 200);
        response.putObject("SdkResponseMetadata").put("RequestId", requestId);
        return response;
    }
}
