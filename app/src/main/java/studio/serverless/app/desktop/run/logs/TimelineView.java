package studio.serverless.app.desktop.run.logs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import studio.serverless.runner.activity.Activity;

/**
 * The timeline view: a filter field, "failures only", export buttons (CSV, JSON Lines) and a table of time, from,
 * to, what and error. Drains its view model once per pulse; {@link #close()} stops that and the listening.
 */
public final class TimelineView extends BorderPane implements AutoCloseable {

    private final TimelineViewModel viewModel;
    private final ExportFilePicker picker;
    private final AnimationTimer pulse;

    /** A view over {@code viewModel} that asks {@code picker} where to export. */
    public TimelineView(TimelineViewModel viewModel, ExportFilePicker picker) {
        this.viewModel = viewModel;
        this.picker = picker;
        setId("timelineView");
        TextField filter = new TextField();
        filter.setId("timelineFilter");
        filter.setPromptText("Filter: a resource, an operation, an error");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        CheckBox failures = new CheckBox("Failures only");
        failures.setId("timelineFailuresOnly");
        failures.selectedProperty().bindBidirectional(viewModel.failuresOnlyProperty());
        HBox bar = new HBox(6, filter, failures, exportButton("Export CSV", "timelineExportCsv", TimelineFormat.CSV),
                exportButton("Export JSON Lines", "timelineExportJsonLines", TimelineFormat.JSON_LINES));
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(table());
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                viewModel.drainPending();
            }
        };
        pulse.start();
    }

    private TableView<Activity> table() {
        TableView<Activity> table = new TableView<>(viewModel.shownRows());
        table.setId("timelineTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Time", TimelineColumns::time, 90));
        table.getColumns().add(column("From", activity -> TimelineColumns.resource(activity.from()), 160));
        table.getColumns().add(column("To", TimelineColumns::to, 160));
        table.getColumns().add(column("What", TimelineColumns::what, 260));
        table.getColumns().add(column("Error", TimelineColumns::error, 200));
        return table;
    }

    private static TableColumn<Activity, String> column(String title, Function<Activity, String> text, double width) {
        TableColumn<Activity, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private Button exportButton(String label, String id, TimelineFormat format) {
        Button button = new Button(label);
        button.setId(id);
        button.setOnAction(event -> export(format));
        return button;
    }

    private void export(TimelineFormat format) {
        Optional<Path> file = picker.fileToExport(getScene() == null ? null : getScene().getWindow(),
                "timeline." + format.extension(), format);
        if (file.isEmpty()) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8)) {
            viewModel.export(format, out);
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, file.get() + ": " + e.getMessage());
            alert.setHeaderText("Cannot export the timeline");
            alert.show();
        }
    }

    /** Stops draining and listening. */
    @Override
    public void close() {
        pulse.stop();
        viewModel.close();
    }
}
