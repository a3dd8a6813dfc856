package studio.serverless.app.desktop;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The centre of the main window until the designer exists: "No diagram open" with an Open… button
 * ({@code #openButton}), or the open diagram's summary ({@code #diagramSummary}) and diagnostics
 * ({@code #diagnosticList}).
 */
final class DiagramOverviewView {

    private DiagramOverviewView() {
    }

    /** The view of the view model; the button runs {@code onOpen}. */
    static Node create(DiagramOverviewViewModel model, Runnable onOpen) {
        Node empty = emptyState(onOpen);
        Node overview = overview(model);
        empty.visibleProperty().bind(model.diagramOpenProperty().not());
        overview.visibleProperty().bind(model.diagramOpenProperty());
        Label problem = new Label();
        problem.setId("problemLabel");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("danger");
        StackPane.setAlignment(problem, Pos.BOTTOM_CENTER);
        StackPane centre = new StackPane(empty, overview, problem);
        centre.setPadding(new Insets(16));
        return centre;
    }

    private static Node emptyState(Runnable onOpen) {
        Label hint = new Label("No diagram open");
        hint.getStyleClass().add("title-3");
        Button open = new Button("Open…");
        open.setId("openButton");
        open.setOnAction(event -> onOpen.run());
        VBox box = new VBox(12, hint, open);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Node overview(DiagramOverviewViewModel model) {
        Label summary = new Label();
        summary.setId("diagramSummary");
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> diagnostics = new ListView<>(model.diagnostics());
        diagnostics.setId("diagnosticList");
        diagnostics.setPlaceholder(new Label("No problems found"));
        diagnostics.setCellFactory(list -> wrappingCell(list));
        VBox.setVgrow(diagnostics, Priority.ALWAYS);
        return new VBox(8, summary, diagnostics);
    }

    /** A list cell whose text wraps at the list's width, so long explanations stay readable. */
    private static ListCell<String> wrappingCell(ListView<String> list) {
        Label text = new Label();
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.maxWidthProperty().bind(list.widthProperty().subtract(32));
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setGraphic(empty ? null : text);
            }
        };
    }
}
