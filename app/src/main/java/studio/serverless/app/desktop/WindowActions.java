package studio.serverless.app.desktop;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import studio.serverless.app.cli.VersionProvider;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.designer.FilePicker;

/** The menu and toolbar actions of the main window: file actions ask the picker, edits go to the workspace. */
final class WindowActions implements DesignerActions {

    private final DesignerViewModel model;
    private final FilePicker picker;
    private final Supplier<Window> window;
    private final Supplier<DocumentWorkspace> workspace;
    private final Runnable findService;

    WindowActions(DesignerViewModel model, FilePicker picker, Supplier<Window> window,
                  Supplier<DocumentWorkspace> workspace, Runnable findService) {
        this.model = model;
        this.picker = picker;
        this.window = window;
        this.workspace = workspace;
        this.findService = findService;
    }

    @Override
    public void newDiagram() {
        model.newDiagram();
    }

    @Override
    public void open() {
        picker.fileToOpen(window.get()).ifPresent(this::open);
    }

    /** Opens a diagram file; an alert shows the loader's message when it cannot be read. */
    void open(Path file) {
        model.open(file).ifPresent(message -> showError("Cannot open the diagram", message));
    }

    @Override
    public void save() {
        Optional<Path> file = model.session().file();
        if (file.isPresent()) {
            model.saveTo(file.get()).ifPresent(message -> showError("Cannot save the diagram", message));
        } else {
            saveAs();
        }
    }

    @Override
    public void saveAs() {
        picker.fileToSave(window.get(), model.session().suggestedFileName()).flatMap(model::saveTo)
                .ifPresent(message -> showError("Cannot save the diagram", message));
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void undo() {
        model.undo();
    }

    @Override
    public void redo() {
        model.redo();
    }

    @Override
    public void delete() {
        workspace.get().editor().deleteSelection();
    }

    @Override
    public void selectAll() {
        workspace.get().selectAll();
    }

    @Override
    public void zoomIn() {
        workspace.get().editor().zoomProperty().set(workspace.get().editor().zoomProperty().get() * 1.25);
    }

    @Override
    public void zoomOut() {
        workspace.get().editor().zoomProperty().set(workspace.get().editor().zoomProperty().get() / 1.25);
    }

    @Override
    public void zoomToFit() {
        workspace.get().editor().zoomToFit();
    }

    @Override
    public void zoomTo100() {
        workspace.get().editor().zoomTo100();
    }

    @Override
    public void findService() {
        findService.run();
    }

    @Override
    public void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window.get());
        about.setTitle("About " + DesignerViewModel.APP_NAME);
        about.setHeaderText(DesignerViewModel.APP_NAME + " " + VersionProvider.version());
        about.setContentText("Design, check, generate and run serverless architectures on your own machine.");
        about.showAndWait();
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window.get());
        alert.setTitle(DesignerViewModel.APP_NAME);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }
}
