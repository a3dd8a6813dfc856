package studio.serverless.model.catalog;

/** What a connection means in the architecture. */
public enum ConnectionCategory {
    /** The source makes the target run: an upload triggers a function, a route calls a function. */
    TRIGGER,
    /** The source uses the target through its API: a function writes to a table. Becomes IAM permissions. */
    ACCESS,
    /** Where failed (or successful) work goes: a dead-letter queue, an on-failure destination. */
    DESTINATION
}
