package studio.serverless.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.app.diagnostics.DiagramLoader;

/**
 * Before a Node.js handler runs, its npm packages are installed once; a missing or failing npm is reported and the
 * run goes on. A stand-in npm script takes the place of the real one, so nothing is downloaded.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in npm is a shell script")
class NodeDependenciesTest {

    @TempDir
    Path folder;
    private final StringWriter printed = new StringWriter();

    /** The crud-api example with Node.js functions, its handlers generated into {@code folder/project}. */
    private HandlerProject nodeProject() throws Exception {
        Path diagram = folder.resolve("crud-api-node.studio.json");
        Files.writeString(diagram, Files.readString(Path.of("..", "examples", "crud-api.studio.json"))
                .replace("python3.13", "nodejs22.x"));
        return HandlerProject.prepare(DiagramLoader.standard().load(diagram), folder.resolve("project"));
    }

    private Path fakeNpm(String body) throws IOException {
        Path npm = folder.resolve("npm");
        Files.writeString(npm, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
        return npm;
    }

    /** A stand-in npm that records its folder and arguments and makes each package's folder, as npm would. */
    private NodeDependencies recordingNpm(Path calls) throws IOException {
        return new NodeDependencies(fakeNpm("echo \"$PWD $*\" >> " + calls + "\n"
                + "for p in \"$@\"; do case $p in @*) mkdir -p \"node_modules/${p%@*}\";; esac; done\n"
                + "mkdir -p node_modules").toString(), new PrintWriter(printed));
    }

    @Test
    void theAwsSdkPackagesOfAllNodeFunctionsAreInstalledOnceIntoTheSharedFunctionsFolder() throws Exception {
        HandlerProject project = nodeProject();
        Path calls = folder.resolve("calls.txt");
        NodeDependencies dependencies = recordingNpm(calls);

        dependencies.installMissing(project);
        dependencies.installMissing(project);

        List<String> installs = Files.readAllLines(calls);
        assertEquals(1, installs.size(), installs.toString());
        assertTrue(installs.get(0).matches(".*/project/functions install --omit=dev --no-audit --no-fund --no-save"
                + " --no-package-lock @aws-sdk/client-dynamodb@\\S+ @aws-sdk/lib-dynamodb@\\S+"), installs.get(0));
        assertTrue(printed.toString().contains("Installing the AWS SDK packages Lambda provides"
                + " (@aws-sdk/client-dynamodb, @aws-sdk/lib-dynamodb) into functions/node_modules with npm, once"),
                printed.toString());
    }

    @Test
    void aFunctionNeedingMoreThanTheSdkGetsItsOwnInstall() throws Exception {
        HandlerProject project = nodeProject();
        Path manifest = project.folder().resolve("functions/create-item/package.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"dependencies\": {",
                "\"dependencies\": {\n    \"uuid\": \"^9.0.0\","));
        Path calls = folder.resolve("calls.txt");

        recordingNpm(calls).installMissing(project);

        List<String> installs = Files.readAllLines(calls);
        assertEquals(2, installs.size(), installs.toString());
        assertTrue(installs.get(0).endsWith("/project/functions/create-item install --omit=dev --no-audit --no-fund"),
                installs.get(0));
    }

    @Test
    void aFailingNpmIsReportedWithWhatItSaid() throws Exception {
        HandlerProject project = nodeProject();

        new NodeDependencies(fakeNpm("echo 'npm ERR! code ENOTFOUND'\nexit 1").toString(), new PrintWriter(printed))
                .installMissing(project);

        assertTrue(printed.toString().contains("npm install failed in functions (offline"), printed.toString());
        assertTrue(printed.toString().contains("    npm ERR! code ENOTFOUND"), printed.toString());
    }

    @Test
    void withoutNpmTheRunIsToldWhatToInstall() throws Exception {
        HandlerProject project = nodeProject();

        new NodeDependencies(folder.resolve("no-npm-here").toString(), new PrintWriter(printed))
                .installMissing(project);

        assertTrue(printed.toString().contains("npm is not installed"), printed.toString());
        assertTrue(printed.toString().contains("Install Node.js with npm"), printed.toString());
    }
}
