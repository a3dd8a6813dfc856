package studio.serverless.canvas.tool;

import java.util.Map;

import studio.serverless.model.catalog.ConnectionChoice;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.ServiceId;

/** Makes the connection a person drew: a fresh id, the spec's default properties, then the choice's presets. */
public final class ConnectionFactory {

    private ConnectionFactory() {
    }

    /** The new connection from source to target meaning what the choice says. */
    public static Connection create(Diagram diagram, ConnectionChoice choice, ServiceId source, ServiceId target) {
        PropertyValues properties = PropertyValues.defaults(choice.spec().properties());
        for (Map.Entry<String, Object> preset : choice.presets().entrySet()) {
            properties = properties.with(preset.getKey(), preset.getValue());
        }
        return new Connection(diagram.newConnectionId(), choice.spec().type(), source, target, properties);
    }
}
