package studio.serverless.canvas.tool;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import studio.serverless.model.catalog.ConnectionChoice;

/**
 * The default chooser: a context menu at the drop point with one item per choice (id {@code connection-choice}
 * on the menu). It waits for the answer in a nested event loop, as a modal dialog does.
 */
public final class ContextMenuConnectionChooser implements ConnectionChooser {

    private final Node owner;

    /** A chooser whose menus belong to the window of this node. */
    public ContextMenuConnectionChooser(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ConnectionChoice> choose(List<ConnectionChoice> choices, Point2D screenPoint) {
        AtomicReference<ConnectionChoice> chosen = new AtomicReference<>();
        Object loopKey = new Object();
        ContextMenu menu = new ContextMenu();
        menu.setId("connection-choice");
        for (ConnectionChoice choice : choices) {
            MenuItem item = new MenuItem(choice.label());
            item.setOnAction(event -> chosen.set(choice));
            menu.getItems().add(item);
        }
        // leave the loop after the hiding event has been handled, so an item's action has run by then
        menu.setOnHidden(event -> Platform.runLater(() -> Platform.exitNestedEventLoop(loopKey, null)));
        menu.show(owner, screenPoint.getX(), screenPoint.getY());
        Platform.enterNestedEventLoop(loopKey);
        return Optional.ofNullable(chosen.get());
    }
}
