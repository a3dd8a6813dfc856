package studio.serverless.app.desktop.run.browse.executions;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import studio.serverless.app.desktop.run.browse.ResourceChoosers;

/**
 * The executions browser ({@code #executionBrowser}): the state machine chooser ({@code #machineChooser}),
 * Refresh, the executions ({@code #executions}), and for the chosen execution its machine drawn
 * ({@code #stateMachineDrawing}, a click on a state shows it) beside the chosen state's input, output and error
 * ({@code #stateDetails}); the execution's status is below ({@code #executionStatus}).
 */
public final class ExecutionBrowserView extends BorderPane {

    private final ExecutionBrowserViewModel model;
    private final ScrollPane drawing = new ScrollPane();

    /** A view of {@code model}. */
    public ExecutionBrowserView(ExecutionBrowserViewModel model) {
        this.model = model;
        setId("executionBrowser");
        TableView<ExecutionSummary> table = new TableView<>(model.executions());
        table.setId("executions");
        table.setPlaceholder(new Label(model.machines().isEmpty() ? "The diagram has no state machines."
                : "No executions (choose a state machine, or Refresh)."));
        table.getColumns().setAll(List.of(column("Name", ExecutionSummary::name),
                column("Status", ExecutionSummary::status), column("Started", e -> e.start().toString()),
                column("Stopped", e -> e.stop() == null ? "" : e.stop().toString())));
        table.getSelectionModel().selectedItemProperty().addListener((seen, old, execution) -> {
            if (execution != null) {
                model.open(execution);
                drawing.setContent(new StateMachineDrawing(model.graphProperty().get(), model::look,
                        model.takenTransitions(), model::chooseState));
            }
        });
        TextArea details = new TextArea();
        details.setId("stateDetails");
        details.setEditable(false);
        details.setPromptText("Click a state to see its input and output.");
        details.textProperty().bind(model.stateDetailsProperty());
        SplitPane lower = new SplitPane(drawing, details);
        lower.setDividerPositions(0.6);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        Label status = new Label();
        status.setId("executionStatus");
        status.textProperty().bind(model.statusProperty());
        setTop(toolBar());
        setCenter(split);
        setBottom(status);
    }

    private ToolBar toolBar() {
        ComboBox<String> chooser = new ComboBox<>();
        chooser.setId("machineChooser");
        chooser.setPromptText("State machine");
        chooser.getItems().setAll(model.machines());
        ResourceChoosers.wire(chooser, model::select);
        Button refresh = new Button("Refresh");
        refresh.setId("refreshExecutions");
        refresh.setOnAction(event -> model.refresh());
        return new ToolBar(chooser, refresh);
    }

    private static TableColumn<ExecutionSummary, String> column(String title,
                                                                 Function<ExecutionSummary, String> value) {
        TableColumn<ExecutionSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
