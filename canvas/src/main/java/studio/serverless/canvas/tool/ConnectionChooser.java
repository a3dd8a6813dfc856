package studio.serverless.canvas.tool;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Point2D;
import studio.serverless.model.catalog.ConnectionChoice;

/**
 * Asks the person which connection they mean when several are legal between two services (read, write or
 * read-write). The editor calls it on the JavaFX thread and waits for the answer.
 */
@FunctionalInterface
public interface ConnectionChooser {

    /**
     * The choice the person made, or empty when they made none.
     *
     * @param choices     two or more legal choices, in catalogue order
     * @param screenPoint where the connection was dropped, in screen coordinates
     */
    Optional<ConnectionChoice> choose(List<ConnectionChoice> choices, Point2D screenPoint);
}
