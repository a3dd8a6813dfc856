package studio.serverless.runner.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An answer to write back.
 *
 * @param status      the HTTP status
 * @param contentType the content type
 * @param headers     extra headers
 * @param body        the body bytes
 */
public record AwsResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    /** The content type of AWS JSON 1.0 answers. */
    public static final String JSON_1_0 = "application/x-amz-json-1.0";

    /** Copies headers and body. */
    public AwsResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** A JSON 1.0 answer. */
    public static AwsResponse json(int status, String json, Map<String, String> headers) {
        return new AwsResponse(status, JSON_1_0, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** An XML answer. */
    public static AwsResponse xml(int status, String xml) {
        return new AwsResponse(status, "text/xml", Map.of(), xml.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
