package studio.serverless.runner.apigateway;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The event an HTTP API sends its Lambda integration: payload format 2.0 (see
 * {@code shared/reference/events/apigateway-HttpApi.json}). Repeated headers and query parameters are joined
 * with commas, cookies get their own list, and fields without a value are left out, as API Gateway does.
 */
final class HttpApiEvent {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HttpApiEvent() {
    }

    static ObjectNode of(GatewayRequest request, RouteMatch match, ApiDefinition api, String accountId) {
        ObjectNode event = JSON.objectNode().put("version", "2.0").put("routeKey", match.route().routeKey())
                .put("rawPath", request.rawPath()).put("rawQueryString", request.rawQuery());
        String cookies = request.header("cookie");
        if (cookies != null) {
            cookies(event, cookies);
        }
        ObjectNode headers = event.putObject("headers");
        request.headers().forEach((name, values) -> {
            if (!name.equals("cookie")) {
                headers.put(name, String.join(",", values));
            }
        });
        Map<String, List<String>> query = request.queryParameters();
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach((name, values) -> parameters.put(name, String.join(",", values)));
        }
        event.set("requestContext", context(request, match, api, accountId));
        body(event, request);
        if (!match.pathParameters().isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            match.pathParameters().forEach(parameters::put);
        }
        return event;
    }

    private static void cookies(ObjectNode event, String header) {
        var list = event.putArray("cookies");
        for (String cookie : header.split(";")) {
            if (!cookie.isBlank()) {
                list.add(cookie.trim());
            }
        }
    }

    private static ObjectNode context(GatewayRequest request, RouteMatch match, ApiDefinition api, String account) {
        ObjectNode context = JSON.objectNode().put("accountId", account).put("apiId", ApiIds.of(api))
                .put("domainName", request.host()).put("domainPrefix", ApiIds.of(api));
        context.putObject("http").put("method", request.method()).put("path", request.path())
                .put("protocol", "HTTP/1.1").put("sourceIp", request.sourceIp())
                .put("userAgent", String.valueOf(request.header("user-agent")));
        return context.put("requestId", request.requestId()).put("routeKey", match.route().routeKey())
                .put("stage", api.stage()).put("time", RequestTimes.format(request.received()))
                .put("timeEpoch", request.received().toEpochMilli());
    }

    /** Puts {@code body} and {@code isBase64Encoded}: text bodies as they are, others in base64. */
    static void body(ObjectNode event, GatewayRequest request) {
        byte[] body = request.body();
        boolean text = request.textBody();
        if (body.length > 0) {
            event.put("body", text ? new String(body, StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(body));
        }
        event.put("isBase64Encoded", body.length > 0 && !text);
    }
}
