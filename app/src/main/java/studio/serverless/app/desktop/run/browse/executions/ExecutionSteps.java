package studio.serverless.app.desktop.run.browse.executions;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.serverless.runner.stepfunctions.engine.HistoryEvent;

/**
 * Reads an execution's history into the steps it took, in the order the states were entered. Every
 * {@code *StateEntered} opens a step and the matching {@code *StateExited} closes it with its output; an event that
 * carries an error (TaskFailed, MapStateFailed, ExecutionFailed, ...) belongs to the innermost open step, and a
 * later success of that step's task (after a Retry) clears it again. States inside Parallel branches and Map
 * iterations are steps too, entered while their Parallel or Map is open.
 */
public final class ExecutionSteps {

    private ExecutionSteps() {
    }

    /** The steps of {@code history}. */
    public static List<ExecutionStep> of(List<HistoryEvent> history) {
        List<ExecutionStep> steps = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (HistoryEvent event : history) {
            String type = event.type().name();
            ObjectNode details = event.details();
            if (type.endsWith("StateEntered")) {
                open.add(steps.size());
                steps.add(new ExecutionStep(text(details, "name"), event.timestamp(), text(details, "input"), null,
                        ExecutionStep.Status.RUNNING, null, null));
            } else if (type.endsWith("StateExited")) {
                closeStep(steps, open, text(details, "name"), text(details, "output"));
            } else if (details != null && details.has("error") && !open.isEmpty()) {
                int innermost = open.get(open.size() - 1);
                ExecutionStep step = steps.get(innermost);
                if (step.error() == null) {
                    steps.set(innermost, step.failed(text(details, "error"), text(details, "cause")));
                }
            } else if (isTaskSuccess(type) && !open.isEmpty()) {
                int innermost = open.get(open.size() - 1);
                steps.set(innermost, steps.get(innermost).recovered());
            }
        }
        return steps;
    }

    /** The names of the states entered, in order (a state entered twice, in a loop, is there twice). */
    public static List<String> path(List<ExecutionStep> steps) {
        return steps.stream().map(ExecutionStep::stateName).toList();
    }

    private static void closeStep(List<ExecutionStep> steps, List<Integer> open, String name, String output) {
        for (int i = open.size() - 1; i >= 0; i--) {
            int index = open.get(i);
            if (steps.get(index).stateName().equals(name)) {
                steps.set(index, steps.get(index).exited(output));
                open.remove(i);
                return;
            }
        }
    }

    private static boolean isTaskSuccess(String type) {
        return type.equals("TaskSucceeded") || type.equals("LambdaFunctionSucceeded");
    }

    private static String text(ObjectNode details, String field) {
        return details == null || !details.hasNonNull(field) ? null : details.get(field).asText();
    }
}
