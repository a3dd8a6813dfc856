package studio.serverless.canvas.run;

import java.util.List;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import studio.serverless.canvas.geometry.Box;

/**
 * What the overlay shows on one running service: a row of badges above the figure's top right, and when it failed
 * a red outline around the figure with its last error underneath (shortened; the full text is kept).
 */
final class ServiceRunMarks {

    private static final int ERROR_CHARACTERS = 80;

    private final Group group = new Group();
    private final HBox badges = new HBox(3);
    private final Rectangle outline = new Rectangle();
    private final Label error = new Label();
    private final Box box;
    private List<RunBadge> shownBadges = List.of();
    private String failure;

    /** Marks for the figure with this outline. */
    ServiceRunMarks(Box box) {
        this.box = box;
        badges.getStyleClass().add("run-badges");
        outline.getStyleClass().add("run-failed-outline");
        outline.setX(box.x() - 3);
        outline.setY(box.y() - 3);
        outline.setWidth(box.width() + 6);
        outline.setHeight(box.height() + 6);
        outline.setArcWidth(14);
        outline.setArcHeight(14);
        error.getStyleClass().add("run-error");
        error.setMaxWidth(box.width() + 80);
        error.relocate(box.x(), box.maxY() + 6);
        group.getChildren().add(badges);
    }

    Group node() {
        return group;
    }

    void setBadges(List<RunBadge> newBadges) {
        shownBadges = List.copyOf(newBadges);
        badges.getChildren().setAll(shownBadges.stream().map(ServiceRunMarks::badge).toList());
        badges.applyCss();
        badges.autosize();
        badges.relocate(box.maxX() - badges.getWidth(), box.y() - badges.getHeight() - 4);
    }

    List<RunBadge> badges() {
        return shownBadges;
    }

    void markFailed(String lastError) {
        failure = lastError;
        String shown = lastError.length() > ERROR_CHARACTERS
                ? lastError.substring(0, ERROR_CHARACTERS - 1) + "…" : lastError;
        error.setText(shown);
        if (!group.getChildren().contains(outline)) {
            group.getChildren().addAll(outline, error);
        }
    }

    void clearFailed() {
        failure = null;
        group.getChildren().removeAll(outline, error);
    }

    /** The last error, or null when the service is not marked failed. */
    String failure() {
        return failure;
    }

    boolean isEmpty() {
        return failure == null && shownBadges.isEmpty();
    }

    private static Label badge(RunBadge badge) {
        Label label = new Label(badge.text());
        label.getStyleClass().add(badge.alarming() ? "run-badge-alarm" : "run-badge");
        label.getStyleClass().add("run-badge-common");
        return label;
    }
}
