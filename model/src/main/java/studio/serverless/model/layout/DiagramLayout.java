package studio.serverless.model.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/**
 * The result of a layout: a new top-left position for every service, and the connections left out to break
 * cycles (the only ones that may point right to left).
 *
 * @param positions the new position of each service, in diagram order; unmodifiable
 * @param backEdges the connections that close a cycle and were not used to order the layers; unmodifiable
 */
public record DiagramLayout(Map<ServiceId, Point> positions, Set<ConnectionId> backEdges) {

    /** Copies both parts, keeping the order of the positions. */
    public DiagramLayout {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        backEdges = Set.copyOf(backEdges);
    }
}
