package studio.serverless.app.desktop.run.cost;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cost panel: the monthly volume ({@code #costVolumeKind}, {@code #costVolume}, {@code #costProject}), the line
 * items ({@code #costTable}), the total ({@code #costTotal}), how the run was scaled ({@code #costSummary}), why a
 * projection failed ({@code #costError}) and what is left out ({@code #costNote}). Layout and bindings only.
 */
public final class CostView extends VBox {

    /** The panel over {@code model}. */
    public CostView(CostViewModel model) {
        super(8);
        setId("costView");
        setPadding(new Insets(8));
        TableView<CostRow> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label total = label("costTotal", "");
        total.textProperty().bind(model.totalProperty());
        total.setStyle("-fx-font-weight: bold");
        Label summary = label("costSummary", "");
        summary.textProperty().bind(model.summaryProperty());
        Label error = label("costError", "");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("danger");
        getChildren().addAll(volumeBar(model), table, total, summary, error, note(model));
    }

    private static HBox volumeBar(CostViewModel model) {
        ChoiceBox<VolumeKind> kind = new ChoiceBox<>();
        kind.setId("costVolumeKind");
        kind.getItems().setAll(VolumeKind.values());
        kind.valueProperty().bindBidirectional(model.volumeKindProperty());
        TextField volume = new TextField();
        volume.setId("costVolume");
        volume.setPrefColumnCount(12);
        volume.textProperty().bindBidirectional(model.volumeProperty());
        volume.disableProperty().bind(model.volumeKindProperty().isEqualTo(VolumeKind.RUN_PACE));
        volume.setOnAction(event -> model.project());
        Button project = new Button("Project monthly cost");
        project.setId("costProject");
        project.setOnAction(event -> model.project());
        HBox bar = new HBox(8, new Label("Monthly volume:"), volume, kind, project);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static TableView<CostRow> table(CostViewModel model) {
        TableView<CostRow> table = new TableView<>(model.rows());
        table.setId("costTable");
        table.getColumns().add(column("Service", CostRow::service));
        table.getColumns().add(column("What", CostRow::item));
        table.getColumns().add(column("Quantity a month", CostRow::quantity));
        table.getColumns().add(column("Free tier", CostRow::free));
        table.getColumns().add(column("Unit price", CostRow::unitPrice));
        table.getColumns().add(column("Cost", CostRow::cost));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Run the architecture, send it some traffic, then project its monthly cost."));
        return table;
    }

    private static TableColumn<CostRow, String> column(String title, Function<CostRow, String> text) {
        TableColumn<CostRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private static Label note(CostViewModel model) {
        Label note = label("costNote", model.note());
        note.getStyleClass().add("text-muted");
        return note;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
