package studio.serverless.app.desktop.generate;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import studio.serverless.codegen.GeneratedProject;

/**
 * The Generate window: targets and language on the left, the file tree and the selected file's preview in the
 * middle, the destination and the Generate button below. Generating and writing run on {@code background} with a
 * progress indicator; the preview follows every change of the choices.
 */
public final class GenerateDialog {

    private final GenerateViewModel model;
    private final DestinationChooser chooser;
    private final Executor background;
    private final Stage stage = new Stage();
    private final TreeView<String> files = new TreeView<>();
    private final TextArea preview = new TextArea();
    private final TextField destination = new TextField();
    private final CheckBox zip = new CheckBox("As a zip file");
    private final Button generate = new Button("Generate");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private GeneratedProject project = GeneratedProject.of(java.util.Map.of());

    /** A dialog over {@code owner} (may be null) for the view model's diagram. */
    public GenerateDialog(Window owner, GenerateViewModel model, DestinationChooser chooser, Executor background) {
        this.model = model;
        this.chooser = chooser;
        this.background = background;
        stage.initOwner(owner);
        stage.initModality(owner == null ? Modality.NONE : Modality.WINDOW_MODAL);
        stage.setTitle("Generate project");
        stage.setScene(new Scene(layout(), 980, 620));
        wire();
    }

    /** Shows the window and starts the first preview. */
    public void show() {
        stage.show();
        refreshPreview();
    }

    /** The window, for tests and for the owner to close it. */
    public Stage stage() {
        return stage;
    }

    private BorderPane layout() {
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(12));
        root.setLeft(choices());
        files.setId("generatedFiles");
        files.setShowRoot(false);
        preview.setId("filePreview");
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: monospace;");
        SplitPane middle = new SplitPane(files, preview);
        middle.setDividerPositions(0.32);
        BorderPane.setMargin(middle, new Insets(0, 0, 0, 12));
        root.setCenter(middle);
        root.setBottom(destinationRow());
        return root;
    }

    private VBox choices() {
        VBox box = new VBox(8);
        box.setId("targets");
        box.getChildren().add(new Label("Targets"));
        model.targets().forEach((target, chosen) -> {
            CheckBox check = new CheckBox(TargetNames.describe(target));
            check.setId("target-" + target.id());
            check.selectedProperty().bindBidirectional(chosen);
            box.getChildren().add(check);
        });
        ComboBox<LanguageChoice> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(LanguageChoice.all());
        language.valueProperty().bindBidirectional(model.language());
        Label warning = new Label(model.warning());
        warning.setId("generateWarning");
        warning.setWrapText(true);
        warning.setMaxWidth(220);
        warning.setStyle("-fx-text-fill: #b35900;");
        box.getChildren().addAll(new Label("Functions' language"), language, warning);
        box.setMinWidth(230);
        return box;
    }

    private VBox destinationRow() {
        destination.setId("destination");
        destination.setPromptText("Folder to write the project into");
        HBox.setHgrow(destination, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("browse");
        browse.setOnAction(event -> chooser.choose(stage, zip.isSelected())
                .ifPresent(path -> destination.setText(path.toString())));
        zip.setId("zip");
        generate.setId("generate");
        generate.setDefaultButton(true);
        progress.setId("generateProgress");
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        status.setId("generateStatus");
        HBox row = new HBox(8, new Label("Write to"), destination, browse, zip, progress, generate);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, row, status);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        return bottom;
    }

    private void wire() {
        model.targets().values().forEach(chosen -> chosen.addListener((o, was, is) -> refreshPreview()));
        model.language().addListener((o, was, is) -> refreshPreview());
        files.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> showFile(item));
        generate.setOnAction(event -> writeProject());
    }

    private void refreshPreview() {
        generate.setDisable(!model.canGenerate());
        if (!model.canGenerate()) {
            status.setText("Choose at least one target.");
            return;
        }
        run(new Task<GeneratedProject>() {
            @Override
            protected GeneratedProject call() {
                return model.generate();
            }

            @Override
            protected void succeeded() {
                project = getValue();
                files.setRoot(TreeItems.of(FileTree.of(project.paths())));
                status.setText(project.size() + " files");
            }
        });
    }

    private void showFile(TreeItem<String> item) {
        String path = item == null ? null : TreeItems.pathOf(item);
        preview.setText(path == null ? "" : GenerateViewModel.previewOf(project, path));
    }

    private void writeProject() {
        if (destination.getText().isBlank()) {
            status.setText("Choose where to write the project first (Browse…).");
            return;
        }
        Path target = Path.of(destination.getText().strip());
        GeneratedProject toWrite = project;
        boolean asZip = zip.isSelected();
        run(new Task<String>() {
            @Override
            protected String call() throws Exception {
                return GenerateViewModel.write(toWrite, target, asZip);
            }

            @Override
            protected void succeeded() {
                status.setText(getValue());
            }
        });
    }

    private void run(Task<?> task) {
        progress.visibleProperty().bind(task.runningProperty());
        task.setOnFailed(event -> status.setText("Failed: " + task.getException().getMessage()));
        background.execute(task);
    }
}
