package studio.serverless.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.gallery.ExampleGalleryDialog;
import studio.serverless.app.desktop.generate.DestinationChooser;
import studio.serverless.app.desktop.generate.GenerateDialog;
import studio.serverless.app.desktop.generate.GenerateViewModel;
import studio.serverless.app.diagnostics.StudioValidator;
import studio.serverless.canvas.DiagramEditor;

/** The window's actions beyond editing: examples, export, generating the project. */
final class ProjectActions {

    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "generate");
        thread.setDaemon(true);
        return thread;
    });

    private final DesignerViewModel model;
    private final Supplier<Window> window;
    private final Supplier<DiagramEditor> editor;
    private final BooleanSupplier mayDiscard;
    private final Consumer<String> reportProblem;

    ProjectActions(DesignerViewModel model, Supplier<Window> window, Supplier<DiagramEditor> editor,
                   BooleanSupplier mayDiscard, Consumer<String> reportProblem) {
        this.model = model;
        this.window = window;
        this.editor = editor;
        this.mayDiscard = mayDiscard;
        this.reportProblem = reportProblem;
    }

    /** File › New from Example…: the gallery; the chosen example opens as a new untitled diagram. */
    void newFromExample() {
        if (mayDiscard.getAsBoolean()) {
            ExampleGalleryDialog.chooseDocument(window.get(), reportProblem)
                    .ifPresent(document -> model.showUntitled(document.diagram()));
        }
    }

    /** File › Export PNG…: the whole diagram at twice its size, for sharp slides. */
    void exportPng() {
        chooseExportFile("PNG image", "*.png", ".png").ifPresent(file -> export(() -> {
            editor.get().exporter().writePng(file, 2);
            return file;
        }));
    }

    /** File › Export SVG…: the whole diagram as vector graphics. */
    void exportSvg() {
        chooseExportFile("SVG image", "*.svg", ".svg").ifPresent(file -> export(() -> {
            editor.get().exporter().writeSvg(file);
            return file;
        }));
    }

    /** Project › Generate…: the Generate dialog for the open diagram. */
    void generate() {
        GenerateViewModel generate = new GenerateViewModel(model.document().diagram(), StudioValidator.create());
        new GenerateDialog(window.get(), generate, DestinationChooser.system(), BACKGROUND).show();
    }

    private java.util.Optional<Path> chooseExportFile(String description, String pattern, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the diagram");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        String base = model.document().suggestedFileName().replace(".studio.json", "");
        chooser.setInitialFileName(base + extension);
        return java.util.Optional.ofNullable(chooser.showSaveDialog(window.get())).map(java.io.File::toPath);
    }

    private interface Export {
        Path write() throws IOException;
    }

    private void export(Export export) {
        try {
            export.write();
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Could not export the diagram: " + e.getMessage());
            alert.initOwner(window.get());
            alert.showAndWait();
        }
    }
}
