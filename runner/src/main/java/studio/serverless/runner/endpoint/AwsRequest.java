package studio.serverless.runner.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request to the endpoint, protocol-neutral: the adapters read what their protocol needs.
 *
 * @param method    the HTTP method
 * @param path      the decoded request path
 * @param query     the raw query string, or empty
 * @param headers   the headers, names in lower case
 * @param body      the body bytes
 * @param caller    who called, from the Authorization header
 * @param requestId the id this request is answered with ({@code x-amzn-RequestId})
 * @param host      the Host header the client used, for building URLs it can call back (queue URLs)
 */
public record AwsRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
        CallerIdentity caller, String requestId, String host) {

    /** Copies headers and body. */
    public AwsRequest {
        Objects.requireNonNull(method);
        query = query == null ? "" : query;
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Whether the body is form-encoded (the query protocol's POST). */
    public boolean isFormEncoded() {
        String type = header("content-type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The query-protocol parameters: the query string's, then the form body's when the body is form-encoded. */
    public Map<String, String> formParameters() {
        Map<String, String> fromQuery = FormParameters.parse(query);
        if (!isFormEncoded()) {
            return fromQuery;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(fromQuery);
        all.putAll(FormParameters.parse(bodyText()));
        return all;
    }
}
