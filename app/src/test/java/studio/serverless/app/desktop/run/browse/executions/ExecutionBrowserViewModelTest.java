package studio.serverless.app.desktop.run.browse.executions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.app.desktop.run.browse.RunningExample;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/** Executions of running state machines: their path drawn from the history, each step's input and output. */
class ExecutionBrowserViewModelTest {

    private final RunningExample example = new RunningExample("order-workflow");
    private final StepFunctionsService stepFunctions = example.cloud().stepFunctions();

    @AfterEach
    void stop() {
        example.close();
    }

    private Execution run(String machine, String input) throws Exception {
        String arn = stepFunctions.machines().stream().filter(entry -> entry.name().equals(machine))
                .findFirst().orElseThrow().arn();
        Execution execution = stepFunctions.start(arn, null, input);
        return execution.completion().get(30, TimeUnit.SECONDS);
    }

    private ExecutionBrowserViewModel browserOf(String machine, Diagram diagram) {
        ExecutionBrowserViewModel browser = new ExecutionBrowserViewModel(stepFunctions, diagram);
        browser.select(machine);
        browser.open(browser.executions().get(0));
        return browser;
    }

    @Test
    void anExecutionsPathIsTheStatesItsHistoryEntered() throws Exception {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(diagram.newServiceId(ServiceKind.STEP_FUNCTIONS),
                ServiceKind.STEP_FUNCTIONS, "choosing", Point.ORIGIN));
        stepFunctions.create("choosing", StateGraphTest.CHOOSING,
                "arn:aws:iam::000000000000:role/studio", null);
        run("choosing", "{\"go\": true}");

        ExecutionBrowserViewModel browser = browserOf("choosing", diagram);

        assertEquals(List.of("Start", "Decide", "Work", "Left", "Right", "Done"), sorted(browser.path()));
        assertEquals(ExecutionBrowserViewModel.StateLook.ENTERED, browser.look("Work"));
        assertEquals(ExecutionBrowserViewModel.StateLook.NOT_ENTERED, browser.look("Skip"));
        assertEquals("SUCCEEDED", browser.statusProperty().get());
        assertEquals(java.util.Set.of("Start\u0000Decide", "Decide\u0000Work", "Work\u0000Done"),
                browser.takenTransitions());
    }

    /** Left and Right run side by side, so either may be entered first. */
    private static List<String> sorted(List<String> path) {
        List<String> copy = new java.util.ArrayList<>(path);
        int left = copy.indexOf("Left");
        int right = copy.indexOf("Right");
        if (left > right) {
            copy.set(left, "Right");
            copy.set(right, "Left");
        }
        return copy;
    }

    @Test
    void aFailedStepIsRedWithItsErrorAndCause() throws Exception {
        run("order-workflow", "{\"orderId\": \"o-1\"}");

        ExecutionBrowserViewModel browser = browserOf("order-workflow", example.diagram());
        browser.chooseState("OrderFailed");

        assertEquals(List.of("ValidateOrder", "OrderFailed"), browser.path());
        assertEquals(ExecutionBrowserViewModel.StateLook.FAILED, browser.look("ValidateOrder"));
        assertEquals(ExecutionBrowserViewModel.StateLook.NOT_ENTERED, browser.look("ChargePayment"));
        String details = browser.stateDetailsProperty().get();
        assertTrue(details.contains("Error: OrderFailed"), details);
        assertTrue(details.contains("Cause: Validating, charging, shipping or recording the order failed."), details);
        assertTrue(browser.statusProperty().get().startsWith("FAILED: OrderFailed"), browser.statusProperty().get());
    }

    @Test
    void eachStepShowsItsInputAndOutput() throws Exception {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(diagram.newServiceId(ServiceKind.STEP_FUNCTIONS),
                ServiceKind.STEP_FUNCTIONS, "adding", Point.ORIGIN));
        stepFunctions.create("adding", """
                {"StartAt": "Add", "States": {"Add": {"Type": "Pass", "Result": 42, "ResultPath": "$.answer",
                 "End": true}}}""", "arn:aws:iam::000000000000:role/studio", null);
        run("adding", "{\"question\": \"everything\"}");

        ExecutionBrowserViewModel browser = browserOf("adding", diagram);
        ExecutionStep step = browser.steps().get(0);

        assertEquals("{\"question\":\"everything\"}", step.input());
        assertEquals("{\"question\":\"everything\",\"answer\":42}", step.output());
        assertEquals(ExecutionStep.Status.SUCCEEDED, step.status());
    }
}
