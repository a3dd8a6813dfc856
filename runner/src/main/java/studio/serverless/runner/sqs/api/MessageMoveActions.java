package studio.serverless.runner.sqs.api;

import java.util.List;

import studio.serverless.runner.sqs.engine.MessageMoveResult;

/**
 * Dead-letter queue redrive on the wire. Only StartMessageMoveTask: a local task has finished by the time it
 * answers, so there is nothing to list or cancel.
 */
final class MessageMoveActions {

    private MessageMoveActions() {
    }

    static List<SqsAction> all() {
        return List.of(new StartMessageMoveTask());
    }

    /** StartMessageMoveTask: SourceArn (a dead-letter queue), optional DestinationArn; answers the TaskHandle. */
    static final class StartMessageMoveTask implements SqsAction {
        @Override
        public String name() {
            return "StartMessageMoveTask";
        }

        @Override
        public ActionOutput run(ActionInput input, ActionContext context) {
            MessageMoveResult result = context.engine().startMessageMoveTask(input.required("SourceArn"),
                    input.string("DestinationArn"));
            return new ActionOutput().put("TaskHandle", result.taskHandle());
        }
    }
}
