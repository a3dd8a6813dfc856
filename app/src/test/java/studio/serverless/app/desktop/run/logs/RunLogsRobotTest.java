package studio.serverless.app.desktop.run.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.activity.Activity;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;

/** A person watching a small run sees the function's log lines and the timeline rows appear as it runs. */
@ExtendWith(ApplicationExtension.class)
class RunLogsRobotTest {

    private static final String GREETER = """
            def handler(event, context):
                print("hello from the greeter")
                return "hi"
            """;

    private final LocalCloud cloud = LocalCloud.start(0);
    private Path exported;
    private RunLogsPane pane;

    @Start
    void start(Stage stage) throws IOException {
        exported = Files.createTempFile("timeline", ".jsonl");
        pane = new RunLogsPane(cloud.lambda()::addLogListener, cloud.activity()::subscribe,
                (owner, name, format) -> Optional.of(exported));
        stage.setScene(new Scene(pane, 900, 500));
        stage.show();
    }

    @AfterEach
    void stop() throws IOException {
        pane.close();
        cloud.close();
        Files.deleteIfExists(exported);
    }

    @Test
    void anInvocationShowsItsLogLinesAndItsTimelineRows(FxRobot robot) throws Exception {
        // given
        Path code = Files.createTempDirectory("greeter");
        Files.writeString(code.resolve("app.py"), GREETER);
        cloud.lambda().register(FunctionConfiguration.of("greeter", "python3.13", "app.handler", code));

        // when
        CompletableFuture.runAsync(() -> cloud.lambda().invoke("greeter", "{}".getBytes())).get(60, TimeUnit.SECONDS);
        ListView<LogLine> lines = robot.lookup("#logLines").queryListView();
        awaitFx(() -> lines.getItems().stream().anyMatch(line -> line.text().startsWith("REPORT RequestId:")));

        // then
        List<String> texts = lines.getItems().stream().map(LogLine::text).toList();
        assertTrue(texts.get(0).startsWith("START RequestId:"), texts.toString());
        assertTrue(texts.contains("hello from the greeter"), texts.toString());
        robot.clickOn("#runTimelineTab");
        TableView<Activity> rows = robot.lookup("#timelineTable").queryTableView();
        awaitFx(() -> rows.getItems().stream().anyMatch(row -> row.kind() == ActivityKind.INVOCATION_END));
        assertEquals(List.of(ActivityKind.INVOCATION_START, ActivityKind.COLD_START, ActivityKind.INVOCATION_END),
                rows.getItems().stream().map(Activity::kind).toList());
        robot.clickOn("#timelineExportJsonLines");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, Files.readAllLines(exported).size());
    }

    private static void awaitFx(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        // the lists belong to the FX thread: each check runs there
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
