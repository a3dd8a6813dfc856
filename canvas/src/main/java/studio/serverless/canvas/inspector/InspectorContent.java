package studio.serverless.canvas.inspector;

import java.util.List;
import java.util.Optional;

import studio.serverless.model.diagram.ServiceId;

/**
 * What the inspector shows for a selection.
 *
 * @param heading   what is selected, e.g. "Lambda function", "DynamoDB access" or "3 elements selected"
 * @param subtitle  a second line, e.g. "orders-fn → orders-table" for a connection; may be empty
 * @param renamable the service whose name the inspector edits, when exactly one service is selected
 * @param name      that service's name; empty otherwise
 * @param fields    the property rows, in catalogue order
 */
public record InspectorContent(String heading, String subtitle, Optional<ServiceId> renamable, String name,
                               List<InspectorField> fields) {

    /** Copies the fields. */
    public InspectorContent {
        fields = List.copyOf(fields);
    }

    /** Content with a heading and a subtitle only: no name, no properties. */
    static InspectorContent message(String heading, String subtitle) {
        return new InspectorContent(heading, subtitle, Optional.empty(), "", List.of());
    }
}
