package studio.serverless.runner.lambda.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java function's class path is found in the layouts that Maven builds and AWS's zip files leave. */
class JavaClasspathTest {

    @TempDir
    Path code;

    private Path file(String relative) throws IOException {
        Path file = code.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[0]);
    }

    @Test
    void mavenClassesComeWithTheCopiedDependencies() throws IOException {
        file("target/classes/example/Handler.class");
        Path core = file("target/dependency/aws-lambda-java-core.jar");
        file("target/handler-1.0.0.jar");

        assertEquals(List.of(code.resolve("target/classes"), core), JavaClasspath.of(code));
    }

    @Test
    void theShadedJarIsUsedAndMavensOriginalLeftOut() throws IOException {
        file("target/classes/example/Handler.class");
        Path shaded = file("target/handler-1.0.0.jar");
        file("target/original-handler-1.0.0.jar");
        file("target/handler-1.0.0-sources.jar");

        assertEquals(List.of(shaded), JavaClasspath.of(code));
    }

    @Test
    void awsZipLayoutHasClassesAtTheRootAndLibrariesInLib() throws IOException {
        file("example/Handler.class");
        Path core = file("lib/aws-lambda-java-core.jar");

        assertEquals(List.of(code, core), JavaClasspath.of(code));
    }

    @Test
    void aFolderWithoutCompiledCodeIsExplained() throws IOException {
        file("src/main/java/example/Handler.java");

        IOException problem = assertThrows(IOException.class, () -> JavaClasspath.of(code));

        assertTrue(problem.getMessage().contains(code.toString()), problem.getMessage());
        assertTrue(problem.getMessage().contains("holds no compiled Java code"), problem.getMessage());
        assertTrue(problem.getMessage().contains("mvn package"), problem.getMessage());
    }
}
