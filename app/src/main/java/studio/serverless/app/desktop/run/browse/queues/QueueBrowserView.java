package studio.serverless.app.desktop.run.browse.queues;

import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import studio.serverless.app.desktop.run.browse.ResourceChoosers;
import studio.serverless.runner.sqs.engine.PeekedMessage;

/**
 * The queue browser ({@code #queueBrowser}): the queue chooser ({@code #queueChooser}), Refresh, Delete, Purge
 * and Redrive, the depth line ({@code #queueDepth}), the peeked messages ({@code #messages}) and the chosen one's
 * details ({@code #messageDetails}).
 */
public final class QueueBrowserView extends BorderPane {

    private final QueueBrowserViewModel model;
    private final TableView<PeekedMessage> table = new TableView<>();
    private final Predicate<String> confirm;

    /** A view of {@code model}; {@code confirm} asks the person to agree before a delete or a purge. */
    public QueueBrowserView(QueueBrowserViewModel model, Predicate<String> confirm) {
        this.model = model;
        this.confirm = confirm;
        setId("queueBrowser");
        table.setId("messages");
        table.setItems(model.messages());
        table.setPlaceholder(new Label(model.queues().isEmpty() ? "The diagram has no SQS queues."
                : "No messages (choose a queue, or Refresh)."));
        table.getColumns().setAll(java.util.List.of(column("Message id", PeekedMessage::messageId),
                column("Body", PeekedMessage::body), column("Receives", m -> String.valueOf(m.receiveCount())),
                column("Sent", m -> m.sentAt().toString()), column("State", m -> m.state().toString())));
        TextArea details = new TextArea();
        details.setId("messageDetails");
        details.setEditable(false);
        table.getSelectionModel().selectedItemProperty().addListener((seen, old, message) ->
                details.setText(message == null ? "" : MessageDetails.describe(message)));
        Label depth = new Label();
        depth.setId("queueDepth");
        depth.textProperty().bind(model.depthProperty());
        Label status = new Label();
        status.setId("queueStatus");
        status.textProperty().bind(model.statusProperty());
        VBox top = new VBox(toolBar(), depth);
        top.setPadding(new Insets(0, 0, 4, 0));
        setTop(top);
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        setCenter(split);
        setBottom(status);
    }

    private ToolBar toolBar() {
        ComboBox<String> chooser = new ComboBox<>();
        chooser.setId("queueChooser");
        chooser.setPromptText("Queue");
        chooser.getItems().setAll(model.queues());
        ResourceChoosers.wire(chooser, model::select);
        Button refresh = button("Refresh", "refreshMessages", model::refresh);
        Button delete = button("Delete", "deleteMessage", () -> {
            PeekedMessage message = table.getSelectionModel().getSelectedItem();
            if (message != null && confirm.test("Delete message " + message.messageId() + "?")) {
                model.delete(message);
            }
        });
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button purge = button("Purge", "purgeQueue", () -> {
            if (confirm.test("Delete every message of " + chooser.getValue() + "?")) {
                model.purge();
            }
        });
        purge.disableProperty().bind(chooser.valueProperty().isNull());
        Button redrive = button("Redrive to source", "redriveMessages", model::redrive);
        redrive.disableProperty().bind(model.deadLetterQueueProperty().not());
        return new ToolBar(chooser, refresh, delete, purge, redrive);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static TableColumn<PeekedMessage, String> column(String title, Function<PeekedMessage, String> value) {
        TableColumn<PeekedMessage, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
