package studio.serverless.codegen.terraform;

import java.util.List;
import java.util.Optional;
import studio.serverless.codegen.handler.Language;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.diagram.Service;

/**
 * How a function's code reaches Lambda: Python and Node.js folders ({@code functions/<name>/}, tests left out)
 * are zipped by the {@code archive_file} data source on every plan; a Java function is the shaded jar that
 * {@code mvn package} builds in its folder, whose hash Terraform reads with {@code filebase64sha256}.
 */
final class FunctionPackaging {

    private final TerraformContext context;

    FunctionPackaging(TerraformContext context) {
        this.context = context;
    }

    static boolean isJava(Service function) {
        return Language.ofRuntime(function.properties().text("runtime")).orElse(Language.PYTHON) == Language.JAVA;
    }

    /** The archive data source of a Python or Node.js function; empty for Java. */
    Optional<HclBlock> archive(Service function) {
        if (isJava(function)) {
            return Optional.empty();
        }
        String folder = context.folder(function.id());
        boolean python = Language.ofRuntime(function.properties().text("runtime")).orElse(Language.PYTHON)
                == Language.PYTHON;
        return Optional.of(HclBlock.of("data", "archive_file", context.name(function.id()))
                .set("type", "zip")
                .set("source_dir", inModule("../functions/" + folder))
                .set("output_path", inModule("build/" + folder + ".zip"))
                .set("excludes", python ? List.of("tests", "__pycache__") : List.of("test", "node_modules")));
    }

    /** Sets the function's {@code filename} and {@code source_code_hash}. */
    void addTo(HclBlock lambda, Service function) {
        if (isJava(function)) {
            String folder = context.folder(function.id());
            HclExpression jar = inModule("../functions/" + folder + "/target/" + folder + "-1.0.0.jar");
            lambda.set("filename", jar).set("source_code_hash", HclExpression.call("filebase64sha256",
                    List.of(jar)));
        } else {
            HclBlock archive = HclBlock.of("data", "archive_file", context.name(function.id()));
            lambda.set("filename", archive.ref("output_path"))
                    .set("source_code_hash", archive.ref("output_base64sha256"));
        }
    }

    private static HclExpression inModule(String relative) {
        return HclExpression.template(HclExpression.reference("path.module"), "/" + relative);
    }
}
