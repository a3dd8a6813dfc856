package studio.serverless.codegen.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.PlannedFile;
import studio.serverless.codegen.Target;
import studio.serverless.codegen.text.SourceText;
import studio.serverless.model.diagram.Diagram;

/**
 * The handler code of every function, in {@code functions/<name>/} where the SAM and Terraform targets package
 * it: the handler module, its package manifest and a unit test, in Python, Node.js or Java as
 * {@link FunctionLanguages} decides, plus {@code functions/README.md}. Templates live in
 * {@code templates/handlers/<language>/}.
 */
public final class HandlerTarget implements Target {

    private final FunctionLanguages languages;

    /** Handlers in each function's runtime language. */
    public HandlerTarget() {
        this(FunctionLanguages.perRuntime());
    }

    /** Handlers in the languages chosen. */
    public HandlerTarget(FunctionLanguages languages) {
        this.languages = languages;
    }

    @Override
    public String id() {
        return "handlers";
    }

    @Override
    public String templateFolder() {
        return "handlers";
    }

    @Override
    public List<PlannedFile> plan(Diagram diagram) {
        List<FunctionCode> functions = new FunctionCodes(diagram, languages).all();
        List<PlannedFile> files = new ArrayList<>();
        functions.forEach(function -> files.addAll(filesOf(function)));
        if (!functions.isEmpty()) {
            files.add(new PlannedFile("functions/README.md", "README.md.vm", Map.of("functions", functions)));
        }
        return List.copyOf(files);
    }

    private static List<PlannedFile> filesOf(FunctionCode function) {
        String folder = "functions/" + function.folder() + "/";
        String module = function.entryPoint().module();
        return switch (function.language()) {
            case PYTHON -> List.of(
                    file(folder + module + ".py", "python/app.py.vm", function, SourceText.PYTHON),
                    file(folder + "requirements.txt", "python/requirements.txt.vm", function, SourceText.PYTHON),
                    file(folder + "tests/test_" + module + ".py", "python/test_app.py.vm", function,
                            SourceText.PYTHON));
            case NODEJS -> List.of(
                    file(folder + module + ".mjs", "nodejs/app.mjs.vm", function, SourceText.C_STYLE),
                    file(folder + "package.json", "nodejs/package.json.vm", function, SourceText.C_STYLE),
                    file(folder + "test/" + module + ".test.mjs", "nodejs/app.test.mjs.vm", function,
                            SourceText.C_STYLE));
            case JAVA -> javaFiles(folder, function);
        };
    }

    private static List<PlannedFile> javaFiles(String folder, FunctionCode function) {
        String classPath = function.entryPoint().module().replace('.', '/');
        return List.of(
                file(folder + "pom.xml", "java/pom.xml.vm", function, SourceText.C_STYLE),
                file(folder + "src/main/java/" + classPath + ".java", "java/Handler.java.vm", function,
                        SourceText.C_STYLE),
                file(folder + "src/test/java/" + classPath + "Test.java", "java/HandlerTest.java.vm", function,
                        SourceText.C_STYLE));
    }

    private static PlannedFile file(String path, String template, FunctionCode function, SourceText text) {
        return new PlannedFile(path, template, Map.of("fn", function, "py", text, "js", text, "java", text,
                "versions", ManifestVersions.INSTANCE, "signature", JavaSignature.of(function)));
    }
}
