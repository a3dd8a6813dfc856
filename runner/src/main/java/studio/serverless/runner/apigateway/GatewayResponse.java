package studio.serverless.runner.apigateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What an API answers.
 *
 * @param status  the HTTP status
 * @param headers the headers, each with its values in order
 * @param body    the body bytes
 */
public record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** Copies what it is given. */
    public GatewayResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** API Gateway's own JSON answer, {@code {"message":"..."}}. */
    static GatewayResponse message(int status, String message) {
        String json = "{\"message\":\"" + message + "\"}";
        return new GatewayResponse(status, Map.of("Content-Type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }
}
