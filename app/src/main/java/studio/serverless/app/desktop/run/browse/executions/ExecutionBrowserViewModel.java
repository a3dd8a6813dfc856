package studio.serverless.app.desktop.run.browse.executions;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.app.desktop.run.browse.DiagramResources;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.service.StateMachineEntry;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * The executions browser: the diagram's state machines, the chosen one's executions (newest first), and for one
 * execution its state machine drawn ({@link StateGraph}, from the definition it ran with) with the states it
 * entered, and each step's input and output.
 */
public final class ExecutionBrowserViewModel {

    /** How a drawn state looks. */
    public enum StateLook {
        /** The execution never entered it. */
        NOT_ENTERED,
        /** Entered, and every time it left normally or is still in it. */
        ENTERED,
        /** It failed (its error and cause are in its steps). */
        FAILED
    }

    private final StepFunctionsService stepFunctions;
    private final List<String> machines;
    private final ObservableList<ExecutionSummary> executions = FXCollections.observableArrayList();
    private final ObservableList<ExecutionStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StateGraph> graph = new ReadOnlyObjectWrapper<>(StateGraph.of("{}"));
    private final ReadOnlyStringWrapper stateDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String machine;

    /** A browser of the state machines of {@code diagram} in {@code stepFunctions}. */
    public ExecutionBrowserViewModel(StepFunctionsService stepFunctions, Diagram diagram) {
        this.stepFunctions = stepFunctions;
        this.machines = DiagramResources.names(diagram, ServiceKind.STEP_FUNCTIONS);
    }

    /** The diagram's state machines, by name. */
    public List<String> machines() {
        return machines;
    }

    /** The chosen machine's executions, newest first. */
    public ObservableList<ExecutionSummary> executions() {
        return executions;
    }

    /** The steps of the opened execution, in the order they were entered. */
    public ObservableList<ExecutionStep> steps() {
        return steps;
    }

    /** The drawing of the opened execution's state machine. */
    public ReadOnlyObjectProperty<StateGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** The input, output, error and cause of the chosen state's steps. */
    public ReadOnlyStringProperty stateDetailsProperty() {
        return stateDetails.getReadOnlyProperty();
    }

    /** How the opened execution stands (status, error, cause), or why nothing is shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Chooses a state machine and lists its executions. */
    public void select(String machineName) {
        machine = machineName;
        refresh();
    }

    /** Lists the chosen machine's executions again. */
    public void refresh() {
        Optional<StateMachineEntry> entry = entry();
        if (entry.isEmpty()) {
            executions.clear();
            status.set(machine == null ? "" : "State machine " + machine + " is not running (was it created?).");
            return;
        }
        executions.setAll(stepFunctions.executions(entry.get().arn()).stream().map(ExecutionSummary::of).toList());
    }

    /** Opens an execution: its machine drawn and its steps read from its history. */
    public void open(ExecutionSummary summary) {
        Execution execution = stepFunctions.execution(summary.arn());
        graph.set(StateGraph.of(stepFunctions.machineOf(summary.arn()).definition()));
        steps.setAll(ExecutionSteps.of(execution.history()));
        stateDetails.set("");
        status.set(execution.status() + (execution.error() == null ? "" : ": " + execution.error()
                + (execution.cause() == null ? "" : " — " + execution.cause())));
    }

    /** The names of the states the opened execution entered, in order. */
    public List<String> path() {
        return ExecutionSteps.path(steps);
    }

    /**
     * The transitions the opened execution took between drawn states, each as {@code from + "\u0000" + to}: pairs
     * of top-level states entered one after the other (the states inside a Parallel or Map are skipped).
     */
    public Set<String> takenTransitions() {
        List<String> drawn = path().stream().filter(graph.get()::contains).toList();
        Set<String> taken = new HashSet<>();
        for (int i = 1; i < drawn.size(); i++) {
            taken.add(drawn.get(i - 1) + "\u0000" + drawn.get(i));
        }
        return taken;
    }

    /** How the drawn state {@code stateName} looks for the opened execution. */
    public StateLook look(String stateName) {
        List<ExecutionStep> mine = steps.stream().filter(step -> step.stateName().equals(stateName)).toList();
        if (mine.isEmpty()) {
            return StateLook.NOT_ENTERED;
        }
        return mine.stream().anyMatch(step -> step.status() == ExecutionStep.Status.FAILED) ? StateLook.FAILED
                : StateLook.ENTERED;
    }

    /** Shows the input and output (and error) of every step of {@code stateName}. */
    public void chooseState(String stateName) {
        List<ExecutionStep> mine = steps.stream().filter(step -> step.stateName().equals(stateName)).toList();
        stateDetails.set(mine.isEmpty() ? stateName + " was not entered by this execution."
                : StepDetails.describe(mine));
    }

    private Optional<StateMachineEntry> entry() {
        return machine == null ? Optional.empty()
                : stepFunctions.machines().stream().filter(entry -> entry.name().equals(machine)).findFirst();
    }
}
