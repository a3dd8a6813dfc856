package studio.serverless.codegen.template;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;
import studio.serverless.codegen.GenerationException;

/**
 * Renders Velocity templates named relative to the templates root ({@code sam/template.yaml.vm}). A user's
 * override folder, when given, is searched first; the built-in templates (classpath resources under
 * {@value TemplatesOnClasspath#ROOT}) after it. Strict reference mode is on: a reference to a value the template
 * was not given fails the rendering instead of printing {@code $name}.
 */
public final class TemplateRenderer {

    private final VelocityEngine engine;

    private TemplateRenderer(Optional<Path> overrideFolder) {
        engine = new VelocityEngine(settings(overrideFolder));
        engine.init();
    }

    /** A renderer of the built-in templates only. */
    public static TemplateRenderer builtIn() {
        return new TemplateRenderer(Optional.empty());
    }

    /** A renderer that looks for each template in {@code overrideFolder} before the built-in ones. */
    public static TemplateRenderer withOverrides(Path overrideFolder) {
        return new TemplateRenderer(Optional.of(overrideFolder));
    }

    /** The template's output for these values; fails with the template's name and the reason. */
    public String render(String templateName, Map<String, Object> values) {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            StringWriter out = new StringWriter();
            template.merge(new VelocityContext(new HashMap<>(values)), out);
            return out.toString();
        } catch (VelocityException e) {
            throw new GenerationException("template " + templateName + " failed: " + e.getMessage(), e);
        }
    }

    private static Properties settings(Optional<Path> overrideFolder) {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        settings.setProperty("resource.loader.class.class", TemplatesOnClasspath.class.getName());
        // parse each template once per renderer, not once per file it renders (a large project renders hundreds)
        settings.setProperty("resource.loader.class.cache", "true");
        if (overrideFolder.isPresent()) {
            settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "user,class");
            settings.setProperty("resource.loader.user.class", FileResourceLoader.class.getName());
            settings.setProperty("resource.loader.user.path", overrideFolder.get().toAbsolutePath().toString());
            settings.setProperty("resource.loader.user.cache", "true");
        } else {
            settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        }
        return settings;
    }
}
