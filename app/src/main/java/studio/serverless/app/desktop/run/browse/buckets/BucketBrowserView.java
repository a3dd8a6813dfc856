package studio.serverless.app.desktop.run.browse.buckets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import studio.serverless.app.desktop.run.browse.BrowserFilePicker;
import studio.serverless.app.desktop.run.browse.ResourceChoosers;

/**
 * The bucket browser ({@code #bucketBrowser}): the bucket chooser ({@code #bucketChooser}), Up, Refresh,
 * Download, Upload, Delete, the folder shown ({@code #bucketPrefix}) and its entries ({@code #objects}; a double
 * click opens a folder). Upload asks for a file, then for its key in {@code #uploadKey} ({@code #confirmUpload}).
 */
public final class BucketBrowserView extends BorderPane {

    private final BucketBrowserViewModel model;
    private final BrowserFilePicker files;
    private final Predicate<String> confirm;
    private final TableView<BucketEntry> table = new TableView<>();
    private final ToolBar uploadBar = new ToolBar();

    /** A view of {@code model}; {@code files} picks files, {@code confirm} asks before a delete. */
    public BucketBrowserView(BucketBrowserViewModel model, BrowserFilePicker files, Predicate<String> confirm) {
        this.model = model;
        this.files = files;
        this.confirm = confirm;
        setId("bucketBrowser");
        table.setId("objects");
        table.setItems(model.entries());
        table.setPlaceholder(new Label(model.buckets().isEmpty() ? "The diagram has no S3 buckets."
                : "No objects here (choose a bucket, or Refresh)."));
        table.getColumns().setAll(List.of(column("Name", BucketEntry::name),
                column("Size", e -> e.folder() ? "" : String.valueOf(e.size())),
                column("Last modified", e -> e.folder() ? "" : e.lastModified().toString())));
        table.setRowFactory(view -> openOnDoubleClick());
        Label prefix = new Label();
        prefix.setId("bucketPrefix");
        prefix.textProperty().bind(model.prefixProperty().map(text -> "/" + text));
        Label status = new Label();
        status.setId("bucketStatus");
        status.textProperty().bind(model.statusProperty());
        uploadBar.setVisible(false);
        uploadBar.setManaged(false);
        setTop(new VBox(toolBar(), uploadBar, prefix));
        setCenter(table);
        setBottom(status);
    }

    private ToolBar toolBar() {
        ComboBox<String> chooser = new ComboBox<>();
        chooser.setId("bucketChooser");
        chooser.setPromptText("Bucket");
        chooser.getItems().setAll(model.buckets());
        ResourceChoosers.wire(chooser, model::select);
        Button up = button("Up", "folderUp", model::up);
        Button refresh = button("Refresh", "refreshObjects", model::refresh);
        Button download = button("Download", "downloadObject", this::download);
        Button upload = button("Upload", "uploadObject", this::chooseUpload);
        Button delete = button("Delete", "deleteObject", this::delete);
        download.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        upload.disableProperty().bind(chooser.valueProperty().isNull());
        return new ToolBar(chooser, up, refresh, download, upload, delete);
    }

    private Optional<BucketEntry> selectedObject() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).filter(entry -> !entry.folder());
    }

    private void download() {
        selectedObject().ifPresent(entry -> files.fileToDownloadTo(getScene().getWindow(), entry.name())
                .ifPresent(target -> model.download(entry.key(), target)));
    }

    private void delete() {
        selectedObject().filter(entry -> confirm.test("Delete " + entry.key() + "?"))
                .ifPresent(entry -> model.delete(entry.key()));
    }

    private void chooseUpload() {
        files.fileToUpload(getScene().getWindow()).ifPresent(this::askKey);
    }

    private void askKey(Path file) {
        TextField key = new TextField(model.suggestedKey(file));
        key.setId("uploadKey");
        key.setPrefColumnCount(40);
        Button confirmUpload = button("Upload as this key", "confirmUpload", () -> {
            if (model.upload(file, key.getText())) {
                showUploadBar(false);
            }
        });
        Button cancel = button("Cancel", "cancelUpload", () -> showUploadBar(false));
        uploadBar.getItems().setAll(new Label("Key:"), key, confirmUpload, cancel);
        showUploadBar(true);
        key.requestFocus();
    }

    private void showUploadBar(boolean shown) {
        uploadBar.setVisible(shown);
        uploadBar.setManaged(shown);
    }

    private TableRow<BucketEntry> openOnDoubleClick() {
        TableRow<BucketEntry> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && !row.isEmpty()) {
                model.open(row.getItem());
            }
        });
        return row;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static TableColumn<BucketEntry, String> column(String title, Function<BucketEntry, String> value) {
        TableColumn<BucketEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
