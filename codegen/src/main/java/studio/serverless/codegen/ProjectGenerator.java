package studio.serverless.codegen;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.codegen.template.TemplateRenderer;
import studio.serverless.model.diagram.Diagram;

/** Turns a diagram into a {@link GeneratedProject} for a target, rendering each planned file's template. */
public final class ProjectGenerator {

    private final TemplateRenderer renderer;

    /** A generator using the built-in templates only. */
    public ProjectGenerator() {
        this(TemplateRenderer.builtIn());
    }

    /** A generator using this renderer (e.g. one searching a user's override folder first). */
    public ProjectGenerator(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** The files of the project for this target; nothing is written. */
    public GeneratedProject generate(Diagram diagram, Target target) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PlannedFile file : target.plan(diagram)) {
            String text = renderer.render(target.templateFolder() + "/" + file.template(), file.context());
            if (files.put(file.path(), text.getBytes(StandardCharsets.UTF_8)) != null) {
                throw new GenerationException("two files of target " + target.id() + " go to " + file.path());
            }
        }
        return GeneratedProject.of(files);
    }
}
