package studio.serverless.app.desktop.run.logs;

import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The function log view: a function chooser (or all), a filter field, "follow" to keep the newest line in sight, and
 * the lines, the service's START, END and REPORT lines set apart from the handler's. Drains its view model once per
 * pulse; {@link #close()} stops that and the view model's listening.
 */
public final class FunctionLogView extends BorderPane implements AutoCloseable {

    private final FunctionLogViewModel viewModel;
    private final AnimationTimer pulse;

    /** A view over {@code viewModel}, draining it from now on. */
    public FunctionLogView(FunctionLogViewModel viewModel) {
        this.viewModel = viewModel;
        setId("functionLogView");
        ComboBox<String> function = new ComboBox<>(viewModel.functions());
        function.setId("logFunction");
        function.valueProperty().bindBidirectional(viewModel.selectedFunctionProperty());
        TextField filter = new TextField();
        filter.setId("logFilter");
        filter.setPromptText("Filter lines");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        CheckBox follow = new CheckBox("Follow");
        follow.setId("logFollow");
        follow.setSelected(true);
        Button clear = new Button("Clear");
        clear.setId("logClear");
        clear.setOnAction(event -> viewModel.clear());
        HBox bar = new HBox(6, function, filter, follow, clear);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(lines(follow));
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                viewModel.drainPending();
            }
        };
        pulse.start();
    }

    private ListView<LogLine> lines(CheckBox follow) {
        ListView<LogLine> list = new ListView<>(viewModel.shownLines());
        list.setId("logLines");
        list.setCellFactory(view -> new LogLineCell());
        viewModel.shownLines().addListener((ListChangeListener<LogLine>) change -> {
            if (follow.isSelected() && !list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        return list;
    }

    /** Stops draining and listening. */
    @Override
    public void close() {
        pulse.stop();
        viewModel.close();
    }

    /** A line, prefixed with its function, styled by who wrote it. */
    private static final class LogLineCell extends ListCell<LogLine> {
        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("log-service-line", "log-error-line");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.function() + "  " + line.text());
            if (line.fromService()) {
                getStyleClass().add("log-service-line");
                setStyle("-fx-text-fill: -color-fg-muted; -fx-font-style: italic;");
            } else {
                setStyle(line.reportsError() ? "-fx-text-fill: #c62828;" : null);
            }
        }
    }
}
