package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Puts services on the canvas and connects them as a person does: searches the palette, drags the kind onto a free
 * slot of the canvas, drags from one figure's connector handle to another and picks the meaning from the chooser.
 * Reads the diagram only to learn the id of what the gesture made.
 */
final class CanvasSteps {

    private static final double COLUMN = FigureGeometry.WIDTH + 40;
    private static final double ROW = FigureGeometry.HEIGHT + 40;

    private final FxRobot robot;
    private final Supplier<Diagram> diagram;
    private List<Point2D> freeSlots;

    CanvasSteps(FxRobot robot, Supplier<Diagram> diagram) {
        this.robot = robot;
        this.diagram = diagram;
    }

    /** Finds the kind with the palette's search field and drops it on the next free slot; the new service's id. */
    ServiceId drop(ServiceKind kind) {
        Node filter = robot.lookup("#paletteFilter").query();
        robot.clickOn(filter);
        new Keystrokes(filter.getScene()).press(KeyCode.CONTROL, KeyCode.A).type(kind.displayName()).done();
        Set<ServiceId> before = serviceIds();
        robot.drag("#palette-" + kind.id(), MouseButton.PRIMARY).moveTo(nextSlot()).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Set<ServiceId> added = serviceIds();
        added.removeAll(before);
        assertEquals(1, added.size(), "dropping " + kind.displayName() + " adds one service");
        return added.iterator().next();
    }

    /**
     * Drags from the source figure's connector handle to the target figure and, when the chooser asks, clicks the
     * item with this label; the new connection's id.
     */
    ConnectionId connect(ServiceId source, ServiceId target, Optional<String> chooserItem) {
        Set<ConnectionId> before = connectionIds();
        robot.drag("#service-" + source.value() + " .connector-handle", MouseButton.PRIMARY)
                .dropTo("#service-" + target.value());
        chooserItem.ifPresent(label -> robot.clickOn(robot.lookup(".context-menu .label")
                .match((Labeled item) -> label.equals(item.getText())).queryAs(Node.class)));
        WaitForAsyncUtils.waitForFxEvents();
        Set<ConnectionId> added = connectionIds();
        added.removeAll(before);
        assertEquals(1, added.size(), "dragging " + source.value() + " to " + target.value() + " connects them");
        return added.iterator().next();
    }

    private Point2D nextSlot() {
        if (freeSlots == null) {
            freeSlots = slots();
        }
        assertTrue(!freeSlots.isEmpty(), "the canvas has no free slot left");
        return freeSlots.remove(0);
    }

    /** The centres of figure-sized slots on the canvas, row by row, clear of the minimap. */
    private List<Point2D> slots() {
        Bounds canvas = bounds("#canvas");
        Bounds minimap = bounds("#minimap");
        List<Point2D> slots = new ArrayList<>();
        for (double y = canvas.getMinY() + ROW / 2; y + ROW / 2 <= canvas.getMaxY(); y += ROW) {
            for (double x = canvas.getMinX() + COLUMN / 2; x + COLUMN / 2 <= canvas.getMaxX(); x += COLUMN) {
                Bounds slot = new BoundingBox(x - COLUMN / 2, y - ROW / 2, COLUMN, ROW);
                if (!slot.intersects(minimap)) {
                    slots.add(new Point2D(x, y));
                }
            }
        }
        return slots;
    }

    private Bounds bounds(String query) {
        Node node = robot.lookup(query).query();
        return node.localToScreen(node.getLayoutBounds());
    }

    private Set<ServiceId> serviceIds() {
        Set<ServiceId> ids = new HashSet<>();
        diagram.get().services().stream().map(Service::id).forEach(ids::add);
        return ids;
    }

    private Set<ConnectionId> connectionIds() {
        Set<ConnectionId> ids = new HashSet<>();
        diagram.get().connections().stream().map(Connection::id).forEach(ids::add);
        return ids;
    }
}
