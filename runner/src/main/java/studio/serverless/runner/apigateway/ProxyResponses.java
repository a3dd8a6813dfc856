package studio.serverless.runner.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a function's answer into the HTTP response, as API Gateway does. An HTTP API (payload 2.0) uses a JSON
 * object with {@code statusCode} as the response description ({@code headers}, {@code cookies}, {@code body},
 * {@code isBase64Encoded}) and sends anything else back as a 200 {@code application/json} body. A REST API
 * (payload 1.0) needs {@code statusCode} (with {@code headers}, {@code multiValueHeaders}, {@code body},
 * {@code isBase64Encoded}); anything else is a 502, as is a malformed description in either.
 */
final class ProxyResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProxyResponses() {
    }

    static GatewayResponse of(ApiType type, byte[] payload) {
        JsonNode answer = parse(payload);
        boolean described = answer != null && answer.isObject() && answer.has("statusCode");
        if (!described) {
            return type == ApiType.HTTP ? new GatewayResponse(200,
                    Map.of("Content-Type", List.of("application/json")), payload) : malformed(type);
        }
        try {
            return described(answer);
        } catch (IllegalArgumentException e) {
            return malformed(type);
        }
    }

    /** API Gateway's answer when the function's answer cannot be used. */
    static GatewayResponse malformed(ApiType type) {
        return type == ApiType.HTTP ? GatewayResponse.message(500, "Internal Server Error")
                : GatewayResponse.message(502, "Internal server error");
    }

    private static GatewayResponse described(JsonNode answer) {
        JsonNode status = answer.get("statusCode");
        if (!status.canConvertToInt() || status.asInt() < 100 || status.asInt() > 599) {
            throw new IllegalArgumentException("statusCode " + status);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        answer.path("headers").fields().forEachRemaining(header -> add(headers, header.getKey(), header.getValue()));
        answer.path("multiValueHeaders").fields().forEachRemaining(header -> header.getValue()
                .forEach(value -> add(headers, header.getKey(), value)));
        answer.path("cookies").forEach(cookie -> add(headers, "Set-Cookie", cookie));
        return new GatewayResponse(status.asInt(), headers, body(answer));
    }

    private static byte[] body(JsonNode answer) {
        JsonNode body = answer.get("body");
        if (body == null || body.isNull()) {
            return new byte[0];
        }
        String text = body.isTextual() ? body.asText() : body.toString();
        return answer.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void add(Map<String, List<String>> headers, String name, JsonNode value) {
        if (!value.isValueNode() || value.isNull()) {
            throw new IllegalArgumentException("header " + name + " is not a string");
        }
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value.asText());
    }

    private static JsonNode parse(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            return null; // not JSON: an HTTP API sends it back as it is, a REST API refuses it
        }
    }
}
