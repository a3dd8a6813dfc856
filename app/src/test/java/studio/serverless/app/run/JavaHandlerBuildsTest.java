package studio.serverless.app.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** {@code studio run} builds a Java function's Maven project when it has no jar newer than its sources. */
class JavaHandlerBuildsTest {

    @TempDir
    Path project;

    private Path source() throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path source = project.resolve("src/main/java/example/Handler.java");
        Files.createDirectories(source.getParent());
        return Files.writeString(source, "package example; public class Handler { }");
    }

    private Path jar(Instant modified) throws IOException {
        Path jar = Files.createDirectories(project.resolve("target")).resolve("handler-1.0.0.jar");
        Files.write(jar, new byte[0]);
        Files.setLastModifiedTime(jar, FileTime.from(modified));
        return jar;
    }

    @Test
    void aProjectWithoutAJarNeedsABuild() throws IOException {
        source();

        assertTrue(JavaHandlerBuilds.needsBuild(project));
    }

    @Test
    void aJarNewerThanTheSourcesNeedsNoBuildButAnEditedSourceDoes() throws IOException {
        Path source = source();
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        jar(Instant.parse("2026-01-02T00:00:00Z"));
        assertFalse(JavaHandlerBuilds.needsBuild(project));

        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2026-01-03T00:00:00Z")));
        assertTrue(JavaHandlerBuilds.needsBuild(project));
    }

    @Test
    void aFolderWithoutAPomIsNotBuilt() {
        assertFalse(JavaHandlerBuilds.needsBuild(project));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theBuildRunsMavenPackageInTheProjectFolder() throws IOException {
        source();
        Path fakeMaven = Files.writeString(project.resolve("fake-mvn"),
                "#!/bin/sh\necho \"$@\" > arguments.txt\nmkdir -p target && touch target/handler-1.0.0.jar\n");
        assertTrue(fakeMaven.toFile().setExecutable(true));

        String problem = new MavenRun(List.of(fakeMaven.toString()), project).run();

        assertNull(problem);
        assertTrue(Files.readString(project.resolve("arguments.txt")).contains("package -DskipTests"));
        assertFalse(JavaHandlerBuilds.needsBuild(project));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anEditedJavaFunctionIsRebuiltAndOtherFunctionsAreNot() throws IOException {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(new ServiceId("lambda-1"), ServiceKind.LAMBDA_FUNCTION, "orders-fn",
                Point.ORIGIN).withProperty("runtime", "java17"));
        diagram.addService(Service.create(new ServiceId("lambda-2"), ServiceKind.LAMBDA_FUNCTION, "report-fn",
                Point.ORIGIN).withProperty("runtime", "python3.13"));
        HandlerProject handlers = HandlerProject.prepare(diagram, project.resolve("project"));
        Path fakeMaven = Files.writeString(project.resolve("fake-mvn"),
                "#!/bin/sh\necho built > built.txt\nmkdir -p target && touch target/handler-1.0.0.jar\n");
        assertTrue(fakeMaven.toFile().setExecutable(true));
        JavaHandlerBuilds builds = new JavaHandlerBuilds(List.of(fakeMaven.toString()));
        StringWriter out = new StringWriter();

        builds.rebuild(handlers, "report-fn", new PrintWriter(out));
        builds.rebuild(handlers, "orders-fn", new PrintWriter(out));

        Path orders = handlers.codeFolders().get("orders-fn");
        assertTrue(Files.isRegularFile(orders.resolve("built.txt")), out.toString());
        assertFalse(Files.exists(handlers.codeFolders().get("report-fn").resolve("built.txt")));
        assertTrue(out.toString().startsWith("Building Java function orders-fn: "), out.toString());
    }

    @Test
    void aMissingMavenIsExplained() throws IOException {
        source();

        String problem = new MavenRun(List.of(project.resolve("no-such-mvn").toString()), project).run();

        assertNotNull(problem);
        assertTrue(problem.contains("install Maven"), problem);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFailedBuildReportsItsStatusAndOutput() throws IOException {
        source();
        Path failing = Files.writeString(project.resolve("failing-mvn"), "#!/bin/sh\necho 'COMPILATION ERROR'\nexit 1\n");
        assertTrue(failing.toFile().setExecutable(true));

        String problem = new MavenRun(List.of(failing.toString()), project).run();

        assertTrue(problem.startsWith("exit status 1"), problem);
        assertTrue(problem.contains("COMPILATION ERROR"), problem);
    }
}
