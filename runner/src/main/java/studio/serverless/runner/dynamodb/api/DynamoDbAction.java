package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One operation of the wire API: reads its request structure, calls the engine, writes the result. */
@FunctionalInterface
interface DynamoDbAction {
    /** @return the response body */
    ObjectNode run(RequestReader request);
}
