package studio.serverless.codegen.template;

import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Loads the built-in templates from the classpath under {@value #ROOT}, so that a template has the same name
 * ({@code sam/template.yaml.vm}) here as in a user's override folder.
 */
public final class TemplatesOnClasspath extends ClasspathResourceLoader {

    /** The classpath folder of the built-in templates. */
    public static final String ROOT = "studio/serverless/codegen/templates/";

    /** A loader of the built-in templates (Velocity creates it by its class name). */
    public TemplatesOnClasspath() {
        super();
    }

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        return super.getResourceReader(ROOT + name, encoding);
    }
}
