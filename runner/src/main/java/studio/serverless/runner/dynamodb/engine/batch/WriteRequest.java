package studio.serverless.runner.dynamodb.engine.batch;

import java.util.Map;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/** One request of BatchWriteItem. */
public sealed interface WriteRequest {
    /** A PutRequest. @param item the item */
    record Put(Map<String, AttributeValue> item) implements WriteRequest {
    }

    /** A DeleteRequest. @param key the key */
    record Delete(Map<String, AttributeValue> key) implements WriteRequest {
    }
}
