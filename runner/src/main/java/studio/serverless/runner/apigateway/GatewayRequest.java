package studio.serverless.runner.apigateway;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.serverless.runner.endpoint.FormParameters;

/**
 * An HTTP request as an API received it.
 *
 * @param method    the method in upper case
 * @param path      the decoded path
 * @param rawPath   the path as sent
 * @param rawQuery  the query string as sent, or empty
 * @param headers   the headers, names in lower case
 * @param body      the body bytes (empty when none)
 * @param sourceIp  the caller's address
 * @param requestId the id API Gateway gives the request
 * @param received  when the request arrived
 * @param host      the Host header, for the event's domain name
 */
public record GatewayRequest(String method, String path, String rawPath, String rawQuery,
        Map<String, List<String>> headers, byte[] body, String sourceIp, String requestId, Instant received,
        String host) {

    /** Copies what it is given. */
    public GatewayRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header by its lower-case name, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The query parameters, decoded, each with all its values in order. */
    public Map<String, List<String>> queryParameters() {
        return FormParameters.parseAll(rawQuery);
    }

    /**
     * Whether the body is text that API Gateway passes as is: no content type, {@code text/*}, or a JSON, XML,
     * JavaScript or form type. Anything else goes to the function base64-encoded.
     */
    public boolean textBody() {
        String type = header("content-type");
        if (type == null) {
            return true;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("text/") || lower.contains("json") || lower.contains("xml")
                || lower.contains("javascript") || lower.startsWith("application/x-www-form-urlencoded");
    }
}
