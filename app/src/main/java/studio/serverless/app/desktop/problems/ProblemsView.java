package studio.serverless.app.desktop.problems;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.serverless.model.validation.Severity;

/**
 * The problems panel ({@code #problemsPanel}): a heading and the table ({@code #problems}) of severity, message
 * and element. A click on a row, or Enter on it, hands the problem to {@code onChoose}.
 */
public final class ProblemsView {

    private ProblemsView() {
    }

    /** The panel showing the view model. */
    public static Node create(ProblemsViewModel model, Consumer<Problem> onChoose) {
        Label heading = new Label();
        heading.setId("problemsHeading");
        heading.getStyleClass().add("problems-heading");
        heading.textProperty().bind(model.headingProperty());
        TableView<Problem> table = new TableView<>(model.problems());
        table.setId("problems");
        table.setPlaceholder(new Label("No problems: the diagram passes every check."));
        table.getColumns().setAll(List.of(severityColumn(), messageColumn(), elementColumn()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> chooseOnClick(onChoose));
        table.setOnKeyPressed(event -> {
            Problem selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                onChoose.accept(selected);
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox panel = new VBox(4, heading, table);
        panel.setId("problemsPanel");
        panel.getStyleClass().add("problems-panel");
        return panel;
    }

    private static TableRow<Problem> chooseOnClick(Consumer<Problem> onChoose) {
        TableRow<Problem> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (!row.isEmpty()) {
                onChoose.accept(row.getItem());
            }
        });
        return row;
    }

    private static TableColumn<Problem, Severity> severityColumn() {
        TableColumn<Problem, Severity> column = new TableColumn<>("Severity");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().severity()));
        column.setCellFactory(view -> new SeverityCell());
        column.setMinWidth(90);
        column.setMaxWidth(110);
        return column;
    }

    private static TableColumn<Problem, String> messageColumn() {
        TableColumn<Problem, String> column = new TableColumn<>("Problem");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().message()));
        column.setCellFactory(view -> new MessageCell());
        column.setPrefWidth(700);
        return column;
    }

    private static TableColumn<Problem, String> elementColumn() {
        TableColumn<Problem, String> column = new TableColumn<>("Element");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().element()));
        column.setPrefWidth(200);
        return column;
    }

    /** The message, whole in a tooltip when the column is too narrow for it. */
    private static final class MessageCell extends TableCell<Problem, String> {
        @Override
        protected void updateItem(String message, boolean empty) {
            super.updateItem(message, empty);
            setText(empty ? null : message);
            setTooltip(empty || message == null ? null : wrapping(message));
        }

        private static Tooltip wrapping(String message) {
            Tooltip tooltip = new Tooltip(message);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            return tooltip;
        }
    }

    /** The severity as a coloured shape and its word, so it reads without colour too. */
    private static final class SeverityCell extends TableCell<Problem, Severity> {
        @Override
        protected void updateItem(Severity severity, boolean empty) {
            super.updateItem(severity, empty);
            if (empty || severity == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(severity.label());
            setGraphic(SeverityIcon.of(severity));
        }
    }
}
