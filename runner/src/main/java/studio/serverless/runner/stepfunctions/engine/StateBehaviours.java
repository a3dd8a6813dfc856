package studio.serverless.runner.stepfunctions.engine;

import studio.serverless.runner.stepfunctions.language.ErrorHandling;
import studio.serverless.runner.stepfunctions.language.MapState;
import studio.serverless.runner.stepfunctions.language.ParallelState;
import studio.serverless.runner.stepfunctions.language.PassState;
import studio.serverless.runner.stepfunctions.language.State;
import studio.serverless.runner.stepfunctions.language.TaskState;
import studio.serverless.runner.stepfunctions.language.Transition;
import studio.serverless.runner.stepfunctions.language.WaitState;

/** The behaviour, transition and error handling of each type of state. */
final class StateBehaviours {

    private static final StateBehaviour PASS = new PassBehaviour();
    private static final StateBehaviour TASK = new TaskBehaviour();
    private static final StateBehaviour CHOICE = new ChoiceBehaviour();
    private static final StateBehaviour WAIT = new WaitBehaviour();
    private static final StateBehaviour SUCCEED = entry -> entry.complete(entry.effectiveInput());
    private static final StateBehaviour FAIL = new FailBehaviour();
    private static final StateBehaviour PARALLEL = new ParallelBehaviour();
    private static final StateBehaviour MAP = new MapBehaviour();

    private StateBehaviours() {
    }

    static StateBehaviour of(State state) {
        return switch (state.type()) {
            case "Pass" -> PASS;
            case "Task" -> TASK;
            case "Choice" -> CHOICE;
            case "Wait" -> WAIT;
            case "Succeed" -> SUCCEED;
            case "Fail" -> FAIL;
            case "Parallel" -> PARALLEL;
            default -> MAP;
        };
    }

    /** Where a state goes when done: Succeed ends its machine; Choice and Fail never complete this way. */
    static Transition transition(State state) {
        if (state instanceof PassState pass) {
            return pass.transition();
        } else if (state instanceof TaskState task) {
            return task.transition();
        } else if (state instanceof WaitState wait) {
            return wait.transition();
        } else if (state instanceof ParallelState parallel) {
            return parallel.transition();
        } else if (state instanceof MapState map) {
            return map.transition();
        }
        return Transition.END;
    }

    static ErrorHandling errorHandling(State state) {
        if (state instanceof TaskState task) {
            return task.errorHandling();
        } else if (state instanceof ParallelState parallel) {
            return parallel.errorHandling();
        } else if (state instanceof MapState map) {
            return map.errorHandling();
        }
        return ErrorHandling.NONE;
    }
}
