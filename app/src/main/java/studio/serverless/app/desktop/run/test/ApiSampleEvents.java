package studio.serverless.app.desktop.run.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.apigateway.ApiRoute;

/**
 * The event a route's function receives: API Gateway's REST proxy event (payload 1.0) for a REST API, the HTTP
 * API event (payload 2.0) otherwise, with the route's method, path (parameters filled with examples), route key
 * and the API's stage; the body is plain text ({@code isBase64Encoded: false}) so it can be edited.
 */
final class ApiSampleEvents {

    private static final String BODY = "{\"hello\": \"from the test panel\"}";

    private ApiSampleEvents() {
    }

    /** The sample for {@code routeKey} of {@code api}, or empty when the route is not {@code METHOD /path}. */
    static Optional<SampleEvent> of(Service api, String routeKey) {
        ApiRoute route;
        try {
            route = ApiRoute.parse(routeKey == null ? "" : routeKey, "sample");
        } catch (IllegalArgumentException notARoute) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        RoutePath path = new RoutePath(route.path());
        path.fields().forEach(field -> parameters.put(field.key(), field.initial()));
        String filled = path.filled(new FormValues(parameters));
        String method = route.method().equals("ANY") ? "GET" : route.method();
        boolean rest = "REST".equals(api.properties().text("apiType"));
        String stage = api.properties().text("stageName");
        Map<String, Object> slots = new HashMap<>(Map.of("method", method, "path", filled.substring(1),
                "body", BODY, "resource", route.path(), "stage", stage == null || stage.isBlank() ? "$default" : stage));
        slots.put("querystringparameters", SampleEvents.object().put("foo", "bar"));
        ObjectNode event = EventTemplate.fill(rest ? "apigateway-AwsProxy" : "apigateway-HttpApi",
                SampleEvents.withCommon(slots));
        event.put("isBase64Encoded", false);
        event.set("pathParameters", pathParameters(parameters));
        if (!rest) {
            event.put("routeKey", route.routeKey());
            event.with("requestContext").put("routeKey", route.routeKey());
        }
        return Optional.of(new SampleEvent((rest ? "REST" : "HTTP") + " API request " + route.routeKey() + " ("
                + api.name() + ")", SampleEvents.pretty(event)));
    }

    private static ObjectNode pathParameters(Map<String, String> parameters) {
        if (parameters.isEmpty() || parameters.containsKey("path")) {
            return null;
        }
        ObjectNode node = SampleEvents.object();
        parameters.forEach((key, value) -> node.put(key.substring("path.".length()), value));
        return node;
    }
}
