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
import studio.serverless.app.desktop.document.DocumentTitle;

/** The menu and toolbar actions of the main window: file actions ask the picker, edits go to the workspace. */
final class WindowActions implements DesignerActions {

    private final DesignerViewModel model;
    private final FilePicker picker;
    private final Supplier<Window> window;
    private final Supplier<DocumentWorkspace> workspace;
    private final Runnable findService;
    private java.util.function.BooleanSupplier mayDiscard = () -> true;
    private java.util.function.Consumer<Path> remember = file -> { };

    WindowActions(DesignerViewModel model, FilePicker picker, Supplier<Window> window,
                  Supplier<DocumentWorkspace> workspace, Runnable findService) {
        this.model = model;
        this.picker = picker;
        this.window = window;
        this.workspace = workspace;
        this.findService = findService;
    }

    /** Asks {@code mayDiscard} before unsaved work is replaced, and tells {@code remember} of opened and saved files. */
    void guardWith(java.util.function.BooleanSupplier mayDiscard, java.util.function.Consumer<Path> remember) {
        this.mayDiscard = mayDiscard;
        this.remember = remember;
    }

    @Override
    public void newDiagram() {
        if (mayDiscard.getAsBoolean()) {
            model.newDiagram();
        }
    }

    @Override
    public void open() {
        if (mayDiscard.getAsBoolean()) {
            picker.fileToOpen(window.get()).ifPresent(this::openNow);
        }
    }

    /** Opens a diagram file (asking first about unsaved work); an alert explains a file that cannot be read. */
    void open(Path file) {
        if (mayDiscard.getAsBoolean()) {
            openNow(file);
        }
    }

    private void openNow(Path file) {
        model.open(file).ifPresentOrElse(message -> showError("Cannot open the diagram", message),
                () -> remember.accept(file));
    }

    @Override
    public void save() {
        Optional<Path> file = model.document().file();
        if (file.isPresent()) {
            saveTo(file.get());
        } else {
            saveAs();
        }
    }

    @Override
    public void saveAs() {
        picker.fileToSave(window.get(), model.document().suggestedFileName()).ifPresent(this::saveTo);
    }

    private void saveTo(Path file) {
        // remember the file written, which has the .studio.json the document adds when the name lacks it
        model.saveTo(file).ifPresentOrElse(message -> showError("Cannot save the diagram", message),
                () -> remember.accept(model.document().file().orElse(file)));
    }

    @Override
    public void quit() {
        if (mayDiscard.getAsBoolean()) {
            model.close();
            Platform.exit();
        }
    }

    @Override
    public void undo() {
        model.undoRedo().undo();
    }

    @Override
    public void redo() {
        model.undoRedo().redo();
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
        about.setTitle("About " + DocumentTitle.APP_NAME);
        about.setHeaderText(DocumentTitle.APP_NAME + " " + VersionProvider.version());
        about.setContentText("Design, check, generate and run serverless architectures on your own machine.");
        about.showAndWait();
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window.get());
        alert.setTitle(DocumentTitle.APP_NAME);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }
}
