package studio.serverless.model.statemachine;

/** What a generated Task state does, with the optimised service integration it uses. */
public enum AslAction {
    /** Invoke a function and wait for its result. */
    INVOKE_FUNCTION("arn:aws:states:::lambda:invoke"),
    /** Put the input's key as an item into a table. */
    PUT_ITEM("arn:aws:states:::dynamodb:putItem"),
    /** Read the item with the input's key from a table. */
    GET_ITEM("arn:aws:states:::dynamodb:getItem"),
    /** Send the input as a message to a queue. */
    SEND_MESSAGE("arn:aws:states:::sqs:sendMessage"),
    /** Publish the input as a message to a topic. */
    PUBLISH("arn:aws:states:::sns:publish");

    private final String resource;

    AslAction(String resource) {
        this.resource = resource;
    }

    /** The Task state's Resource. */
    public String resource() {
        return resource;
    }
}
