package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.codegen.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.testing.DiagramCases;

/**
 * The Node.js handlers and tests of every example and random diagram are valid ES modules, checked by one node
 * process (starting {@code node --check} per file would take a minute) that parses each file as a module with
 * {@code vm.SourceTextModule}, as {@code node --check} does.
 */
class NodeHandlersParseTest {

    private static final String CHECKER = """
            import vm from "node:vm";
            import { readFileSync } from "node:fs";
            let failed = 0;
            for (const file of process.argv.slice(2)) {
              try {
                new vm.SourceTextModule(readFileSync(file, "utf8"), { identifier: file });
              } catch (error) {
                failed++;
                console.log(file + ": " + error.message);
              }
            }
            console.log("checked " + (process.argv.length - 2) + " modules, " + failed + " failed");
            process.exit(failed === 0 ? 0 : 1);
            """;

    @TempDir
    Path folder;

    @Test
    void everyGeneratedJavaScriptFileParsesAsAModule() throws Exception {
        List<Path> files = GeneratedSources.write(DiagramCases.all(), Language.NODEJS, folder.resolve("p"), ".mjs");
        assertFalse(files.isEmpty(), "no JavaScript file was generated");
        Path checker = Files.writeString(folder.resolve("check.mjs"), CHECKER);

        List<String> command = new ArrayList<>(List.of("node", "--experimental-vm-modules", "--no-warnings",
                checker.toString()));
        files.forEach(file -> command.add(file.toString()));
        String output = ExternalTool.run(folder, command);

        assertTrue(output.contains("checked " + files.size() + " modules, 0 failed"), output);
    }

    @Test
    void theCheckerRejectsABrokenModule() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.mjs"), "export const x = \"unterminated;\n");
        Path checker = Files.writeString(folder.resolve("check.mjs"), CHECKER);

        Process process = new ProcessBuilder("node", "--experimental-vm-modules", "--no-warnings",
                checker.toString(), broken.toString()).redirectErrorStream(true).start();

        assertTrue(process.waitFor() != 0, "a broken module must fail the check");
    }
}
