package studio.serverless.app.desktop.run.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.runner.AdvanceableClock;

/** A developer pauses the local cloud's clock and moves it ahead by hand. */
@ExtendWith(ApplicationExtension.class)
class ClockViewTest {

    private final ComputerClock computer = new ComputerClock();

    @Start
    void start(Stage stage) {
        ClockViewModel model = new ClockViewModel(new AdvanceableClock(computer), Optional::empty, () -> { });
        stage.setScene(new Scene(new ClockView(model), 700, 200));
        stage.show();
    }

    @Test
    void pausingThenAddingAnHourAndTypedMinutesShowsTheMovedTime(FxRobot robot) {
        // given the clock panel at 14:00
        // when the developer pauses, lets time pass, then adds an hour and 30 minutes
        robot.clickOn("#clockPause");
        computer.pass(Duration.ofMinutes(5));
        robot.clickOn("#clockPlusHour");
        robot.doubleClickOn("#clockAmount").write("30m").clickOn("#clockAdvance");
        WaitForAsyncUtils.waitForFxEvents();

        // then the clock shows 15:30, still paused
        assertEquals("2026-11-29 15:30:00 UTC", robot.lookup("#clockTime").queryAs(Label.class).getText());
        assertEquals("Resume", robot.lookup("#clockPause").queryAs(Button.class).getText());
    }
}
