package studio.serverless.app.desktop.run.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.run.cost.CostCalculator;
import studio.serverless.app.run.cost.PriceList;
import studio.serverless.app.run.cost.Usage;

/** A developer types the traffic they expect and reads the monthly bill of what the run did. */
@ExtendWith(ApplicationExtension.class)
class CostViewTest {

    @Start
    void start(Stage stage) {
        Usage run = Usage.of(Duration.ofMinutes(3), 30)
                .withFunction(new Usage.Function("orders", 30, 30 * 120, 512, Usage.Architecture.X86_64));
        CostViewModel model = new CostViewModel(new CostCalculator(PriceList.bundled("us-east-1")), () -> run);
        stage.setScene(new Scene(new CostView(model), 900, 500));
        stage.show();
    }

    @Test
    void typingAVolumeAndProjectingShowsTheLinesAndTheTotal(FxRobot robot) {
        // given the cost panel of a run that saw 30 requests
        // when the developer expects three million requests a month
        robot.doubleClickOn("#costVolume").eraseText(12).write("3000000").clickOn("#costProject");
        WaitForAsyncUtils.waitForFxEvents();

        // then the bill shows Lambda's requests and compute, and the total
        assertEquals(2, robot.lookup("#costTable").queryAs(TableView.class).getItems().size());
        assertEquals("$0.40 a month", robot.lookup("#costTotal").queryAs(Label.class).getText());
    }
}
