package studio.serverless.runner.dynamodb.engine.stream;

/** Receives the stream records of tables whose stream is enabled, in sequence order per item. */
@FunctionalInterface
public interface StreamListener {
    /** Called after the change is stored, on the writing thread; must not block. @param streamRecord the record */
    void onRecord(StreamRecord streamRecord);
}
