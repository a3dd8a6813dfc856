package studio.serverless.app.desktop.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectUpdater;
import studio.serverless.codegen.ProjectWriter;
import studio.serverless.codegen.Target;
import studio.serverless.codegen.Targets;
import studio.serverless.codegen.UpdateReport;
import studio.serverless.codegen.handler.FunctionLanguages;
import studio.serverless.codegen.handler.HandlerTarget;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.Validator;

/**
 * The logic of the Generate dialog: which targets and language, the project they make (for the preview), and
 * writing it. Generation is a pure function of the diagram and the choices, so the view may run it off the
 * JavaFX thread; the properties are only touched on the thread that owns the dialog.
 */
public final class GenerateViewModel {

    private static final int PREVIEW_LIMIT = 200_000;

    private final Diagram diagram;
    private final Map<Target, BooleanProperty> targets = new LinkedHashMap<>();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(LanguageChoice.all().get(0));
    private final long errorCount;

    /** The view model for {@code diagram}, with the first target chosen and each function's own language. */
    public GenerateViewModel(Diagram diagram, Validator validator) {
        this.diagram = diagram;
        List<Target> all = Targets.all();
        for (Target target : all) {
            targets.put(target, new SimpleBooleanProperty(target == all.get(0)));
        }
        this.errorCount = validator.validate(diagram).stream()
                .map(Diagnostic::severity).filter(Severity.ERROR::equals).count();
    }

    /** The targets on offer, each with whether it is chosen. */
    public Map<Target, BooleanProperty> targets() {
        return targets;
    }

    /** The language of the generated functions. */
    public ObjectProperty<LanguageChoice> language() {
        return language;
    }

    /** A warning to show when the diagram has validation errors, else an empty string. */
    public String warning() {
        return errorCount == 0 ? "" : "The diagram has " + errorCount + (errorCount == 1 ? " error" : " errors")
                + ": the project may not deploy until you fix " + (errorCount == 1 ? "it." : "them.");
    }

    /** Whether at least one target is chosen (otherwise there is nothing to generate). */
    public boolean canGenerate() {
        return targets.values().stream().anyMatch(BooleanProperty::get);
    }

    /** Generates the project for the current choices: every chosen target plus the functions' code. */
    public GeneratedProject generate() {
        FunctionLanguages languages = language.get().languages();
        ProjectGenerator generator = new ProjectGenerator();
        Diagram aligned = languages.align(diagram);
        GeneratedProject project = generator.generate(diagram, new HandlerTarget(languages));
        for (Map.Entry<Target, BooleanProperty> target : targets.entrySet()) {
            if (target.getValue().get()) {
                project = generator.generate(aligned, target.getKey()).plus(project);
            }
        }
        return project;
    }

    /** The text to show for {@code path} in the preview: its content, or a note for binary or huge files. */
    public static String previewOf(GeneratedProject project, String path) {
        byte[] content = project.content(path).orElse(new byte[0]);
        if (content.length > PREVIEW_LIMIT) {
            return "(" + content.length + " bytes: too large to preview)";
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return text.indexOf('\0') >= 0 ? "(binary file, " + content.length + " bytes)" : text;
    }

    /**
     * Writes {@code project} into {@code destination}: a folder (handlers the user edited are kept, see
     * {@link ProjectUpdater}) or, with {@code zip}, one zip file.
     *
     * @return a one-line summary for the status bar
     */
    public static String write(GeneratedProject project, Path destination, boolean zip) throws IOException {
        if (zip) {
            ProjectWriter.writeToZip(project, destination);
            return "Wrote " + project.size() + " files to " + destination;
        }
        UpdateReport report = ProjectUpdater.write(project, destination);
        String summary = "Wrote " + report.written().size() + " files to " + destination;
        return report.kept().isEmpty() ? summary : summary + "; kept " + report.kept().size()
                + " edited handler(s), new versions beside them as .new: " + String.join(", ", report.kept());
    }
}
