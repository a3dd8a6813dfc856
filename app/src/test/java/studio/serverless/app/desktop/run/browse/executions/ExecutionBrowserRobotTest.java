package studio.serverless.app.desktop.run.browse.executions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.run.browse.DataBrowsersView;
import studio.serverless.app.desktop.run.browse.RecordingBrowserFilePicker;
import studio.serverless.app.desktop.run.browse.RunningExample;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/** A developer finds out why an order-workflow execution failed, on the drawn state machine. */
@ExtendWith(ApplicationExtension.class)
class ExecutionBrowserRobotTest {

    private final RunningExample example = new RunningExample("order-workflow");

    @Start
    void start(Stage stage) throws Exception {
        // the example's functions are not running, so validating the order fails and the Catch ends in OrderFailed
        StepFunctionsService stepFunctions = example.cloud().stepFunctions();
        String arn = stepFunctions.machines().get(0).arn();
        stepFunctions.start(arn, "order-1", "{\"orderId\": \"o-1\"}").completion().get(30, TimeUnit.SECONDS);
        stage.setScene(new Scene(new DataBrowsersView(example.cloud(), example.diagram(),
                new RecordingBrowserFilePicker(), question -> true), 1000, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        example.close();
    }

    @Test
    void theFailedPathIsDrawnAndAStateShowsItsError(FxRobot robot) {
        // given the executions of the state machine
        robot.clickOn("#executionsTab").clickOn("#machineChooser").clickOn("order-workflow");

        // when the developer opens the failed execution
        robot.clickOn("order-1");
        WaitForAsyncUtils.waitForFxEvents();

        // then the path is drawn: validation failed, the later steps never ran
        assertEquals(ExecutionBrowserViewModel.StateLook.FAILED, look(robot, "ValidateOrder"));
        assertEquals(ExecutionBrowserViewModel.StateLook.FAILED, look(robot, "OrderFailed"));
        assertEquals(ExecutionBrowserViewModel.StateLook.NOT_ENTERED, look(robot, "ChargePayment"));

        // when they click the state that failed the execution
        robot.clickOn("#state-OrderFailed");
        WaitForAsyncUtils.waitForFxEvents();

        // then its input, error and cause are shown
        String details = robot.lookup("#stateDetails").queryAs(TextArea.class).getText();
        assertTrue(details.contains("Error: OrderFailed") && details.contains("\"orderId\" : \"o-1\""), details);
    }

    private static ExecutionBrowserViewModel.StateLook look(FxRobot robot, String state) {
        Node box = robot.lookup("#state-" + state).query();
        return (ExecutionBrowserViewModel.StateLook) box.getProperties().get("look");
    }
}
