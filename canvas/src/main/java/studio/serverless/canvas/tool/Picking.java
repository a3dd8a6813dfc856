package studio.serverless.canvas.tool;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import studio.serverless.canvas.view.ConnectionEdge;
import studio.serverless.canvas.view.ServiceFigure;

/**
 * Finds the figure or edge under the pointer from JavaFX's own pick (which also works during a drag), so no
 * handler has to search the whole diagram.
 */
final class Picking {

    private Picking() {
    }

    static Optional<ServiceFigure> figureAt(MouseEvent event) {
        return ancestor(event, ServiceFigure.class);
    }

    static Optional<ConnectionEdge> edgeAt(MouseEvent event) {
        return ancestor(event, ConnectionEdge.class);
    }

    static boolean onConnectorHandle(MouseEvent event) {
        Node node = event.getPickResult().getIntersectedNode();
        return node != null && node.getStyleClass().contains("connector-handle");
    }

    private static <T> Optional<T> ancestor(MouseEvent event, Class<T> type) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (type.isInstance(node)) {
                return Optional.of(type.cast(node));
            }
        }
        return Optional.empty();
    }
}
