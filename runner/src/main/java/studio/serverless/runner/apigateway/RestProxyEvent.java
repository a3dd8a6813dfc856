package studio.serverless.runner.apigateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The event a REST API's Lambda proxy integration sends: payload format 1.0 (see
 * {@code shared/reference/events/apigateway-AwsProxy.json}). Headers and query parameters come both as single
 * values (the last one) and as lists; absent maps and the body are JSON null, as API Gateway sends them.
 */
final class RestProxyEvent {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RestProxyEvent() {
    }

    static ObjectNode of(GatewayRequest request, RouteMatch match, ApiDefinition api, String accountId) {
        ObjectNode event = JSON.objectNode().put("resource", match.route().path()).put("path", request.path())
                .put("httpMethod", request.method());
        multi(event, "headers", "multiValueHeaders", request.headers());
        multi(event, "queryStringParameters", "multiValueQueryStringParameters", request.queryParameters());
        if (match.pathParameters().isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode parameters = event.putObject("pathParameters");
            match.pathParameters().forEach(parameters::put);
        }
        event.putNull("stageVariables");
        event.set("requestContext", context(request, match, api, accountId));
        if (request.body().length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
        } else {
            HttpApiEvent.body(event, request);
        }
        return event;
    }

    private static void multi(ObjectNode event, String single, String multiple, Map<String, List<String>> values) {
        if (values.isEmpty()) {
            event.putNull(single);
            event.putNull(multiple);
            return;
        }
        ObjectNode last = event.putObject(single);
        ObjectNode all = event.putObject(multiple);
        values.forEach((name, list) -> {
            last.put(name, list.get(list.size() - 1));
            ArrayNode array = all.putArray(name);
            list.forEach(array::add);
        });
    }

    private static ObjectNode context(GatewayRequest request, RouteMatch match, ApiDefinition api, String account) {
        ObjectNode context = JSON.objectNode().put("accountId", account).put("resourceId", ApiIds.of(api))
                .put("stage", api.stage()).put("requestId", request.requestId())
                .put("requestTime", RequestTimes.format(request.received()))
                .put("requestTimeEpoch", request.received().toEpochMilli());
        ObjectNode identity = context.putObject("identity");
        for (String absent : List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller",
                "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider", "userArn", "user")) {
            identity.putNull(absent);
        }
        identity.put("sourceIp", request.sourceIp()).put("userAgent", request.header("user-agent"));
        return context.put("path", "/" + api.stage() + request.path()).put("resourcePath", match.route().path())
                .put("httpMethod", request.method()).put("apiId", ApiIds.of(api)).put("protocol", "HTTP/1.1")
                .put("domainName", request.host());
    }
}
