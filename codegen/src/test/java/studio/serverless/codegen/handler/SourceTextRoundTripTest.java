package studio.serverless.codegen.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import studio.serverless.codegen.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.codegen.text.SourceText;

/**
 * Every hostile text, written as a string literal by {@link SourceText}, is read back unchanged by Python and by
 * Node.js; written into comments before and after, it never turns into code.
 */
class SourceTextRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void pythonReadsEveryLiteralBackUnchanged() throws Exception {
        StringBuilder program = new StringBuilder("import json\nvalues = []\n");
        for (String text : HostileNames.TEXTS) {
            String comment = SourceText.PYTHON.comment(text);
            program.append("# ").append(comment).append("\nvalues.append(").append(SourceText.PYTHON.string(text))
                    .append(")  # ").append(comment).append("\n\"\"\"").append(comment).append("\"\"\"\n");
        }
        program.append("print(json.dumps(values))\n");
        Path file = Files.writeString(folder.resolve("literals.py"), program);

        String output = ExternalTool.run(folder, List.of("python3", file.toString()));

        assertEquals(HostileNames.TEXTS, JSON.readValue(output, new TypeReference<List<String>>() { }));
    }

    @Test
    void nodeReadsEveryLiteralBackUnchanged() throws Exception {
        StringBuilder program = new StringBuilder("const values = [];\n");
        for (String text : HostileNames.TEXTS) {
            String comment = SourceText.C_STYLE.comment(text);
            program.append("// ").append(comment).append("\nvalues.push(").append(SourceText.C_STYLE.string(text))
                    .append("); /* ").append(comment).append(" */\n");
        }
        program.append("console.log(JSON.stringify(values));\n");
        Path file = Files.writeString(folder.resolve("literals.mjs"), program);

        String output = ExternalTool.run(folder, List.of("node", file.toString()));

        assertEquals(HostileNames.TEXTS, JSON.readValue(output, new TypeReference<List<String>>() { }));
    }
}
