package studio.serverless.app.desktop.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.value.ObservableStringValue;

/** The status bar ({@code #statusBar}) with {@code #statusZoom}, {@code #statusCounts}, {@code #statusProblems}, {@code #statusSaved}. */
public final class StatusBarView {

    private StatusBarView() {
    }

    /** The bar showing the view model. */
    public static Node create(StatusBarViewModel model) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, label("statusCounts", model.countsProperty()), separator(),
                label("statusProblems", model.problemsProperty()), spacer,
                label("statusSaved", model.savedProperty()), separator(), label("statusZoom", model.zoomProperty()));
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    private static Label label(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
