package studio.serverless.model.catalog;

/** How the source of a connection makes the target act, in the three models of AWS Lambda's documentation. */
public enum InvocationModel {
    /** The caller waits for the answer (API Gateway, an SDK call, a Step Functions task). */
    SYNCHRONOUS("synchronous"),
    /** The service hands the event over and does not wait; failures are retried and may go to a destination. */
    ASYNCHRONOUS("asynchronous"),
    /** Lambda polls a queue or stream and invokes the function with batches of records. */
    POLL_BASED("poll-based");

    private final String displayName;

    InvocationModel(String displayName) {
        this.displayName = displayName;
    }

    /** The model's name in lower case, for messages. */
    public String displayName() {
        return displayName;
    }
}
