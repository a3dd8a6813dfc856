package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstFrameReportTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger exits = new AtomicInteger();
    private StackPane root;
    private Scene scene;

    @Start
    void start(Stage stage) {
        root = new StackPane(new Label("window"));
        scene = new Scene(root, 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void onceTheWindowIsDrawnItPrintsTheStartUpTimeAndExitsOnce(FxRobot robot) {
        // given the report waits for the window's next frame
        robot.interact(() -> new FirstFrameReport(new PrintStream(printed, true, StandardCharsets.UTF_8),
                exits::incrementAndGet).closeAfterFirstFrame(scene));

        // when two more frames are laid out
        robot.interact(() -> root.getChildren().add(new Label("a change, so a pulse lays the scene out")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> root.getChildren().add(new Label("and another")));
        WaitForAsyncUtils.waitForFxEvents();

        // then the time was printed once and the app was told to exit once
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.matches(FirstFrameReport.PREFIX
                + "\\d+ ms after the process started \\(\\d+ ms of CPU\\)\\R"), report);
        assertEquals(1, exits.get());
    }
}
