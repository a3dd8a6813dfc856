package studio.serverless.app.desktop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import studio.serverless.app.run.RunFolders;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

/**
 * Run as the window does it: the diagram shown in the editor, with the window's diagnostics, from the handler
 * project beside its file ({@code .studio/run/NAME}, as {@code studio run}) or, unsaved, under the settings folder;
 * its activity drawn on the editor's run overlay. A refusal or a failed start is reported to the window.
 */
public final class DesktopRun {

    private static final int LAST_LINES = 8;

    private final RunSessionViewModel session;
    private final Supplier<DiagramEditor> editor;
    private final Supplier<List<Diagnostic>> diagnostics;
    private final Supplier<Optional<Path>> file;
    private final Path settingsFolder;
    private final Consumer<String> refused;
    private final Runnable showProblems;

    /**
     * Runs through {@code session} what {@code editor} shows; {@code refused} shows why a run was refused or failed
     * to start, and {@code showProblems} opens the problems panel when the diagram has errors.
     */
    public DesktopRun(RunSessionViewModel session, Supplier<DiagramEditor> editor,
            Supplier<List<Diagnostic>> diagnostics, Supplier<Optional<Path>> file, Path settingsFolder,
            Consumer<String> refused, Runnable showProblems) {
        this.session = session;
        this.editor = editor;
        this.diagnostics = diagnostics;
        this.file = file;
        this.settingsFolder = settingsFolder;
        this.refused = refused;
        this.showProblems = showProblems;
        session.failureProperty().addListener((observable, old, failure) -> {
            if (!failure.isEmpty()) {
                refused.accept(withLastOutput(failure, session.progress().output()));
            }
        });
    }

    /** Runs the diagram shown (Run, F5). */
    public void run() {
        DiagramEditor shown = editor.get();
        Diagram diagram = shown.diagram();
        Path project = file.get().map(RunFolders::besideFile).orElseGet(() -> RunFolders.forUnsaved(settingsFolder));
        OverlayActivitySink activity = new OverlayActivitySink(shown.runOverlay(), RunElementIndex.of(diagram),
                Platform::runLater);
        List<Diagnostic> found = diagnostics.get();
        session.run(diagram, found, project, activity).ifPresent(why -> {
            if (found.stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR)) {
                showProblems.run();
            }
            refused.accept(why);
        });
    }

    /** The failure, then the last lines npm, Maven or the reloader printed before it, which often say why. */
    static String withLastOutput(String failure, List<String> output) {
        List<String> last = output.subList(Math.max(0, output.size() - LAST_LINES), output.size());
        return last.isEmpty() ? failure : failure + "\n\nLast output:\n" + String.join("\n", last);
    }

    /** Locks the edits of {@code shown} (a newly shown document's editor) while the diagram starts or runs. */
    public void lock(DiagramEditor shown) {
        shown.readOnlyReasonProperty().set(RunningBanner.RUNNING_TEXT);
        shown.readOnlyProperty().bind(session.lockedProperty());
    }
}
