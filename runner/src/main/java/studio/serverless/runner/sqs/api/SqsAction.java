package studio.serverless.runner.sqs.api;

/** One SQS action's wire handling: read its parameters, call the engine, describe the result. No logic. */
interface SqsAction {

    /** The action's name, as in {@code AmazonSQS.<name>} and {@code Action=<name>}. */
    String name();

    /** Runs the action; engine errors propagate as SqsException for the protocol to shape. */
    ActionOutput run(ActionInput input, ActionContext context);
}
