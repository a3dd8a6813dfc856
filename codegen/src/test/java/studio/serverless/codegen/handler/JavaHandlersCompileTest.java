package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.testing.DiagramCases;
import studio.serverless.model.diagram.Diagram;

/**
 * The Java handlers and tests of every example and of random diagrams compile with javac (in process) against the
 * Lambda libraries, the AWS SDK modules, Jackson and JUnit of codegen's test classpath. Each function is compiled
 * on its own, since every function may have a class of the same name.
 */
class JavaHandlersCompileTest {

    /** How many of the random diagrams are compiled: each function is a javac run, so not all of them. */
    private static final int RANDOM_DIAGRAMS = 24;

    @TempDir
    Path folder;

    @Test
    void everyGeneratedJavaFileCompiles() throws Exception {
        List<Named<Supplier<Diagram>>> cases = DiagramCases.all().stream()
                .filter(named -> !named.getName().startsWith("random diagram ")
                        || Integer.parseInt(named.getName().substring(15)) <= RANDOM_DIAGRAMS).toList();
        List<Path> poms = GeneratedSources.write(cases, Language.JAVA, folder.resolve("p"), "pom.xml");
        assertFalse(poms.isEmpty(), "no Java function was generated");

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            for (Path pom : poms) {
                compile(compiler, files, pom.getParent());
            }
        }
    }

    @Test
    void javaHandlersOfHostileNamesCompile() throws Exception {
        List<Path> poms = GeneratedSources.write(List.of(Named.of("hostile", HostileNames::diagram)), Language.JAVA,
                folder.resolve("hostile"), "pom.xml");

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            for (Path pom : poms) {
                compile(compiler, files, pom.getParent());
            }
        }
        assertTrue(poms.size() == HostileNames.TEXTS.size(), poms::toString);
    }

    private void compile(JavaCompiler compiler, StandardJavaFileManager files, Path function) throws Exception {
        List<File> sources;
        try (Stream<Path> walk = Files.walk(function.resolve("src"))) {
            sources = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        Path classes = Files.createDirectories(function.resolve("target/classes"));
        StringWriter messages = new StringWriter();
        List<String> options = new ArrayList<>(List.of("-classpath", testClassPath(), "-d", classes.toString(),
                "--release", "17", "-encoding", "UTF-8", "-proc:none"));
        boolean compiled = compiler.getTask(messages, files, null, options, null,
                files.getJavaFileObjectsFromFiles(sources)).call();
        assertTrue(compiled, () -> function + " does not compile:\n" + messages);
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
