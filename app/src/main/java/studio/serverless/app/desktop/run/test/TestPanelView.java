package studio.serverless.app.desktop.run.test;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * The test panel ({@code #testPanel}) the main window docks while a diagram runs: the entry points on the left
 * ({@code #entryPoints}, "SQS queue orders", "API route items-api: GET /items/{id}"...), the chosen one's form on
 * the right. Each form is built once, so what was typed or received stays when another entry point is chosen.
 */
public final class TestPanelView {

    private TestPanelView() {
    }

    /** The panel showing {@code model}. */
    public static Node create(TestPanelViewModel model) {
        ListView<EntryFormViewModel> list = new ListView<>(model.entries());
        list.setId("entryPoints");
        list.setPlaceholder(new Label("Nothing to test: the diagram has no API route, topic, queue, bucket, bus,"
                + " state machine or function."));
        list.setCellFactory(view -> new EntryCell());
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((property, old, chosen) -> {
            if (chosen != null) {
                model.selectedProperty().set(chosen);
            }
        });
        StackPane form = new StackPane();
        Map<EntryFormViewModel, Node> forms = new HashMap<>();
        model.selectedProperty().addListener((property, old, chosen) -> show(form, forms, chosen));
        show(form, forms, model.selectedProperty().get());
        SplitPane panel = new SplitPane(list, form);
        panel.setDividerPositions(0.3);
        panel.setId("testPanel");
        return panel;
    }

    private static void show(StackPane holder, Map<EntryFormViewModel, Node> forms, EntryFormViewModel chosen) {
        if (chosen == null) {
            holder.getChildren().clear();
            return;
        }
        holder.getChildren().setAll(forms.computeIfAbsent(chosen, EntryFormView::create));
    }

    private static final class EntryCell extends ListCell<EntryFormViewModel> {
        @Override
        protected void updateItem(EntryFormViewModel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.action().kind().label() + "  " + item.action().name());
        }
    }
}
