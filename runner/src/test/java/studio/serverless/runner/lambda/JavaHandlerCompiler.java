package studio.serverless.runner.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.joda.time.DateTime;

/**
 * Compiles Java handlers in a test into a code folder in AWS's zip layout: the classes at the root and the Lambda
 * Java libraries (core, events and Joda-Time, taken from the test's class path) in {@code lib/}.
 */
final class JavaHandlerCompiler {

    private JavaHandlerCompiler() {
    }

    /**
     * Compiles {@code sources} (file path such as {@code example/Counter.java} to source) into {@code folder}.
     *
     * @return {@code folder}
     */
    static Path compile(Path folder, Map<String, String> sources) {
        try {
            Path lib = Files.createDirectories(folder.resolve("lib"));
            List<String> classPath = new ArrayList<>();
            for (Class<?> library : List.of(Context.class, S3Event.class, DateTime.class)) {
                Path jar = Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI());
                Files.copy(jar, lib.resolve(jar.getFileName()));
                classPath.add(lib.resolve(jar.getFileName()).toString());
            }
            Path sourceFolder = Files.createTempDirectory("java-handler-sources");
            List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", folder.toString(), "-cp",
                    String.join(java.io.File.pathSeparator, classPath)));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceFolder.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            return run(folder, arguments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path run(Path folder, List<String> arguments) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("the test's handler does not compile (see the compiler's messages above)");
        }
        return folder;
    }
}
