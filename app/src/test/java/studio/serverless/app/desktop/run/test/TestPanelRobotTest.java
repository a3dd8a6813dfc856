package studio.serverless.app.desktop.run.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A developer sends a request to a route of the running diagram from the test panel and reads the answer. */
@ExtendWith(ApplicationExtension.class)
class TestPanelRobotTest {

    @TempDir
    static Path code;

    private static RunningDiagram running;
    private TestPanelViewModel panel;

    @BeforeAll
    static void run() {
        running = new RunningDiagram(code);
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Start
    void start(Stage stage) {
        panel = TestPanelViewModel.forRun(running.diagram, running.cloud, running.apis, new RequestMemory());
        stage.setScene(new Scene((Parent) TestPanelView.create(panel), 1000, 760));
        stage.show();
    }

    @AfterEach
    void closePanel() {
        panel.close();
    }

    @Test
    void aRequestSentToARouteShowsItsResponse(FxRobot robot) throws TimeoutException {
        // given the route POST /items/{id}, the first entry point, is shown
        robot.clickOn("API route  shop-api: POST /items/{id}");

        // when the developer fills the path parameter and presses Send
        robot.clickOn("#field-path-id").push(KeyCode.CONTROL, KeyCode.A).write("42");
        robot.clickOn("#send");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#resultHeadline").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // then the answer of the function behind the route is shown: status, time and the body indented
        String headline = robot.lookup("#resultHeadline").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("POST /items/42 answered 200 in "), headline);
        String body = robot.lookup("#result-Body").queryAs(TextArea.class).getText();
        assertTrue(body.contains("\"id\" : \"42\""), body);
        assertEquals("", robot.lookup("#problems").queryAs(Label.class).getText());
    }
}
