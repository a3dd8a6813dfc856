package studio.serverless.runner.lambda.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The shipped runtime clients ({@code bootstrap.py}, {@code bootstrap.mjs}, and the Java client's classes under
 * {@code java/}), copied once per runner from the class path into a temporary folder, because a runtime process
 * cannot read a file inside the runner's jar.
 */
final class BootstrapFiles {

    private static final String RESOURCES = "/studio/serverless/runner/lambda/bootstrap/";
    private static final String[] FILES = {"bootstrap.py", "bootstrap.mjs"};
    /** The subfolder holding the Java runtime client's classes. */
    static final String JAVA_CLIENT = "java";
    private static Path folder;

    private BootstrapFiles() {
    }

    /** The folder holding the bootstraps, written on first use. */
    static synchronized Path folder() {
        if (folder == null) {
            folder = extract();
        }
        return folder;
    }

    private static Path extract() {
        try {
            Path target = Files.createTempDirectory("studio-lambda-bootstrap-");
            target.toFile().deleteOnExit();
            for (String name : FILES) {
                try (InputStream in = BootstrapFiles.class.getResourceAsStream(RESOURCES + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the runner's jar lacks " + RESOURCES + name);
                    }
                    Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                target.resolve(name).toFile().deleteOnExit();
            }
            JavaRuntimeClasses.copyTo(target.resolve(JAVA_CLIENT));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Lambda bootstraps to a temporary folder", e);
        }
    }
}
