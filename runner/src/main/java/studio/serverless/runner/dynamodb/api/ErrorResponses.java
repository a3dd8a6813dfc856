package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.serverless.runner.dynamodb.engine.DynamoDbError;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.transact.CancellationReason;
import studio.serverless.runner.endpoint.AwsResponse;

/**
 * The one place where a DynamoDB error becomes a JSON 1.0 answer: the catalogue entry's {@code __type} and HTTP
 * status, the message, and the extras AWS adds: the old {@code Item} of a failed condition (when
 * ReturnValuesOnConditionCheckFailure was ALL_OLD) and the {@code CancellationReasons} of a cancelled transaction.
 */
final class ErrorResponses {
    private ErrorResponses() {
    }

    static AwsResponse of(DynamoDbException exception) {
        DynamoDbError error = exception.error();
        ObjectNode body = ResponseJson.object().put("__type", error.wireType()).put("message",
                exception.getMessage());
        ResponseJson.putItem(body, "Item", exception.item());
        if (error == DynamoDbError.TRANSACTION_CANCELED) {
            body.set("CancellationReasons", reasons(exception));
        }
        return JsonResponses.of(error.httpStatus(), body);
    }

    private static ArrayNode reasons(DynamoDbException exception) {
        ArrayNode reasons = ResponseJson.array();
        for (CancellationReason reason : exception.cancellationReasons()) {
            ObjectNode node = reasons.addObject().put("Code", reason.code());
            if (reason.message() != null) {
                node.put("Message", reason.message());
            }
            ResponseJson.putItem(node, "Item", reason.item());
        }
        return reasons;
    }
}
