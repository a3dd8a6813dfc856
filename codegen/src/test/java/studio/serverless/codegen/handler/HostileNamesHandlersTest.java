package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.codegen.testing.ExternalTool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.GeneratedProject;
import studio.serverless.codegen.ProjectGenerator;
import studio.serverless.codegen.ProjectWriter;

/**
 * Diagram names full of quotes, line breaks, interpolations and comment ends give handlers that still compile and
 * whose tests pass: every name reaches the code through an escaper or as a derived identifier.
 */
class HostileNamesHandlersTest {

    @TempDir
    Path folder;

    @Test
    void pythonHandlersOfHostileNamesCompileAndTheirTestsPass() throws Exception {
        List<Path> functions = write(Language.PYTHON);
        for (Path function : functions) {
            ExternalTool.run(function, List.of("python3", "-m", "unittest", "discover", "-s", "tests"));
        }
        assertEquals(HostileNames.TEXTS.size(), functions.size());
    }

    @Test
    void javaScriptHandlersOfHostileNamesParse() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(write(Language.NODEJS).get(0).getParent())) {
            files = walk.filter(file -> file.toString().endsWith(".mjs")).sorted().toList();
        }
        Path checker = Files.writeString(folder.resolve("check.mjs"), """
                import vm from "node:vm";
                import { readFileSync } from "node:fs";
                for (const file of process.argv.slice(2)) {
                  new vm.SourceTextModule(readFileSync(file, "utf8"), { identifier: file });
                }
                """);
        List<String> command = new ArrayList<>(List.of("node", "--experimental-vm-modules", "--no-warnings",
                checker.toString()));
        files.forEach(file -> command.add(file.toString()));

        ExternalTool.run(folder, command);
        assertEquals(HostileNames.TEXTS.size() * 2, files.size());
    }

    @Test
    void handlerSettingsOfHostileNamesAreReplacedByTheDefault() throws Exception {
        List<Path> functions = write(Language.PYTHON);

        assertTrue(functions.stream().allMatch(function -> Files.exists(function.resolve("app.py"))));
    }

    private List<Path> write(Language language) throws Exception {
        GeneratedProject project = new ProjectGenerator().generate(HostileNames.diagram(),
                new HandlerTarget(FunctionLanguages.all(language)));
        Path out = folder.resolve(language.id());
        ProjectWriter.writeToFolder(project, out);
        try (Stream<Path> list = Files.list(out.resolve("functions"))) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }
}
