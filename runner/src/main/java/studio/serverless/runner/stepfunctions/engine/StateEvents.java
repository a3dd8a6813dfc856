package studio.serverless.runner.stepfunctions.engine;

import studio.serverless.runner.stepfunctions.language.State;

/** The entered and exited event types of each state type, looked up without building names at run time. */
final class StateEvents {

    private StateEvents() {
    }

    static HistoryEventType entered(State state) {
        return switch (state.type()) {
            case "Pass" -> HistoryEventType.PassStateEntered;
            case "Task" -> HistoryEventType.TaskStateEntered;
            case "Choice" -> HistoryEventType.ChoiceStateEntered;
            case "Wait" -> HistoryEventType.WaitStateEntered;
            case "Succeed" -> HistoryEventType.SucceedStateEntered;
            case "Fail" -> HistoryEventType.FailStateEntered;
            case "Parallel" -> HistoryEventType.ParallelStateEntered;
            default -> HistoryEventType.MapStateEntered;
        };
    }

    /** Fail states never exit; asking for theirs is a bug. */
    static HistoryEventType exited(State state) {
        return switch (state.type()) {
            case "Pass" -> HistoryEventType.PassStateExited;
            case "Task" -> HistoryEventType.TaskStateExited;
            case "Choice" -> HistoryEventType.ChoiceStateExited;
            case "Wait" -> HistoryEventType.WaitStateExited;
            case "Succeed" -> HistoryEventType.SucceedStateExited;
            case "Parallel" -> HistoryEventType.ParallelStateExited;
            case "Map" -> HistoryEventType.MapStateExited;
            default -> throw new IllegalStateException("a " + state.type() + " state has no exit event");
        };
    }
}
