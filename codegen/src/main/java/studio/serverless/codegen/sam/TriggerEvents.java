package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import studio.serverless.codegen.GenerationException;
import studio.serverless.codegen.text.ApiRoute;
import studio.serverless.codegen.text.JsonText;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The SAM events that functions and state machines share: EventBridge rules (a Schedule or an EventBridgeRule
 * event) and API routes. Also names events uniquely within their resource.
 */
final class TriggerEvents {

    private final SamContext context;

    TriggerEvents(SamContext context) {
        this.context = context;
    }

    /**
     * The event of an EventBridge target connection, or empty for a disabled event-pattern rule (SAM's
     * EventBridgeRule event cannot be disabled; a rule that matches nothing is the same as no event).
     */
    Optional<Map<String, Object>> eventBridge(Connection connection) {
        Service rule = context.service(connection.source());
        Map<String, Object> properties = new LinkedHashMap<>();
        boolean schedule = "SCHEDULE".equals(rule.properties().text("trigger"));
        if (schedule) {
            properties.put("Schedule", rule.properties().text("scheduleExpression"));
            properties.put("Enabled", rule.properties().bool("enabled"));
        } else if (!rule.properties().bool("enabled")) {
            return Optional.empty();
        } else {
            properties.put("Pattern", eventPattern(rule));
            String bus = rule.properties().text("eventBus");
            if (!bus.isBlank() && !"default".equals(bus)) {
                properties.put("EventBusName", bus);
            }
        }
        String input = connection.properties().text("input");
        if (!input.isBlank()) {
            properties.put("Input", JsonText.compact(JsonText.parse(input, "the input of connection "
                    + connection.id().value())));
        }
        return Optional.of(event(schedule ? "Schedule" : "EventBridgeRule", properties));
    }

    /** A REST API route event ({@code Api}) or an HTTP API route event ({@code HttpApi}) of an integration. */
    Map<String, Object> apiRoute(Connection connection) {
        Service api = context.service(connection.source());
        ApiRoute route = ApiRoute.parse(connection.properties().text("route"), connection);
        Map<String, Object> properties = new LinkedHashMap<>();
        boolean rest = "REST".equals(api.properties().text("apiType"));
        properties.put(rest ? "RestApiId" : "ApiId", ref(context.logicalId(api.id())));
        properties.put("Method", rest ? route.method().toLowerCase(java.util.Locale.ROOT) : route.method());
        properties.put("Path", route.path());
        return event(rest ? "Api" : "HttpApi", properties);
    }

    /** The event's name: the source's logical id, plus the route for API events. */
    String eventName(Connection connection) {
        String source = context.logicalId(connection.source());
        if (connection.type() == studio.serverless.model.catalog.ConnectionType.API_INTEGRATION) {
            return source + ResourceNames.pascalCase(connection.properties().text("route"));
        }
        return source;
    }

    /** Adds an event under a name not yet in the map (numbered when needed). */
    static void putUnique(Map<String, Object> events, String name, Object event) {
        String unique = name;
        for (int number = 2; events.containsKey(unique); number++) {
            unique = name + number;
        }
        events.put(unique, event);
    }

    static Map<String, Object> event(String type, Map<String, Object> properties) {
        return DataResources.ordered("Type", type, "Properties", properties);
    }

    private static Object eventPattern(Service rule) {
        String pattern = rule.properties().text("eventPattern");
        if (pattern.isBlank()) {
            throw new GenerationException("EventBridge rule '" + rule.name() + "' has no event pattern; give it one"
                    + " or make it a schedule");
        }
        return JsonText.parse(pattern, "the event pattern of rule '" + rule.name() + "'");
    }
}
