package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.codegen.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.testing.DiagramCases;

/** The Python handlers and tests of every example and random diagram compile ({@code python3 -m py_compile}). */
class PythonHandlersCompileTest {

    @TempDir
    Path folder;

    @Test
    void everyGeneratedPythonFileCompiles() throws Exception {
        List<Path> files = GeneratedSources.write(DiagramCases.all(), Language.PYTHON, folder, ".py");
        assertFalse(files.isEmpty(), "no Python file was generated");

        List<String> command = new ArrayList<>(List.of("python3", "-m", "py_compile"));
        files.forEach(file -> command.add(file.toString()));
        ExternalTool.run(folder, command);
    }
}
