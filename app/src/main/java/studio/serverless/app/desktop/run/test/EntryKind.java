package studio.serverless.app.desktop.run.test;

/** The kinds of entry point a running diagram offers to the test panel, in the order the panel lists them. */
public enum EntryKind {
    /** A route of an API: send an HTTP request. */
    ROUTE("API route"),
    /** An SNS topic: publish a message. */
    TOPIC("SNS topic"),
    /** An SQS queue: send a message. */
    QUEUE("SQS queue"),
    /** An S3 bucket: upload a file. */
    BUCKET("S3 bucket"),
    /** An EventBridge bus that rules listen on: put an event. */
    BUS("EventBridge bus"),
    /** A Step Functions state machine: start an execution. */
    STATE_MACHINE("State machine"),
    /** A Lambda function: invoke it with an event. */
    FUNCTION("Function");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    /** What the panel calls this kind, e.g. "SQS queue". */
    public String label() {
        return label;
    }
}
