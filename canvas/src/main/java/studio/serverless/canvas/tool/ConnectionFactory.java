package studio.serverless.canvas.tool;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import studio.serverless.model.catalog.ConnectionChoice;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.ServiceId;

/**
 * Makes the connection a person drew: a fresh id, the spec's default properties, then the choice's presets. An API
 * integration starts on the first of the API's routes that no integration serves yet, so drawing an API's
 * integrations one after another wires its routes in order instead of leaving each on a route the API lacks.
 */
public final class ConnectionFactory {

    private ConnectionFactory() {
    }

    /** The new connection from source to target meaning what the choice says. */
    public static Connection create(Diagram diagram, ConnectionChoice choice, ServiceId source, ServiceId target) {
        PropertyValues properties = PropertyValues.defaults(choice.spec().properties());
        for (Map.Entry<String, Object> preset : choice.presets().entrySet()) {
            properties = properties.with(preset.getKey(), preset.getValue());
        }
        if (choice.spec().type() == ConnectionType.API_INTEGRATION) {
            Optional<String> route = firstRouteWithoutIntegration(diagram, source);
            if (route.isPresent()) {
                properties = properties.with("route", route.get());
            }
        }
        return new Connection(diagram.newConnectionId(), choice.spec().type(), source, target, properties);
    }

    private static Optional<String> firstRouteWithoutIntegration(Diagram diagram, ServiceId api) {
        Set<String> served = diagram.connectionsOf(api).stream()
                .filter(connection -> connection.type() == ConnectionType.API_INTEGRATION
                        && connection.source().equals(api))
                .map(connection -> connection.properties().text("route")).collect(Collectors.toSet());
        return diagram.require(api).properties().list("routes").stream().filter(route -> !served.contains(route))
                .findFirst();
    }
}
