package studio.serverless.runner.activity;

/** What happened, in the words of the timeline. */
public enum ActivityKind {
    /** A function started handling an event (from: the function). */
    INVOCATION_START,
    /** A function returned (from: the function); the summary says how long it took. */
    INVOCATION_END,
    /** A function failed: handler error, init error, timeout, crash (from: the function; error: its message). */
    INVOCATION_ERROR,
    /** An invocation was refused because every environment was busy (from: the function). */
    THROTTLE,
    /** A new execution environment started for a function: a cold start, with its init phase (from: the function). */
    COLD_START,
    /**
     * A call on the AWS API (SendMessage, PutItem, Invoke...): from the calling function to the resource, or, for a
     * caller outside the local cloud, from the resource alone with "(outside)" in the summary.
     */
    SERVICE_CALL,
    /**
     * A resource handed something to another: a queue's batch to its function, a topic's message to a subscriber,
     * a rule's matched event to a target, a bucket's notification, a stream's records to its function.
     */
    DELIVERY,
    /** A message or failed event moved to a dead-letter queue or topic (from: its source; to: the DLQ). */
    DEAD_LETTER,
    /** A state machine execution started (from: the state machine). */
    EXECUTION_START,
    /** A state machine execution ended (from: the state machine; error when it did not succeed). */
    EXECUTION_END,
    /** A state machine's Task state called a resource (from: the state machine; to: the resource). */
    TASK,
    /** An API received an HTTP request and handed it to its integration (from: the API; to: function/machine). */
    API_REQUEST
}
