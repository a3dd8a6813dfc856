package studio.serverless.runner.endpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * AWS-shaped error bodies for each protocol: the JSON protocol's {@code {"__type": ..., "message": ...}} and
 * the query protocol's {@code <ErrorResponse>}. Service adapters map their own error catalogues onto these.
 */
public final class ProtocolErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProtocolErrors() {
    }

    /** A JSON protocol error; {@code type} is the shape id, e.g. {@code com.amazonaws.sqs#QueueDoesNotExist}. */
    public static AwsResponse json(int status, String type, String message, Map<String, String> headers) {
        ObjectNode body = JSON.createObjectNode().put("__type", type).put("message", message);
        return AwsResponse.json(status, body.toString(), headers);
    }

    /** A query protocol error in the {@code ErrorResponse} envelope. */
    public static AwsResponse query(int status, String code, String message, boolean senderFault, String requestId) {
        String xml = "<?xml version=\"1.0\"?><ErrorResponse><Error><Type>" + (senderFault ? "Sender" : "Receiver")
                + "</Type><Code>" + XmlText.escape(code) + "</Code><Message>" + XmlText.escape(message)
                + "</Message><Detail/></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>";
        return AwsResponse.xml(status, xml);
    }

    /** The JSON answer to a target no service knows. */
    public static AwsResponse unknownJsonOperation(String target) {
        return json(400, "UnknownOperationException", "Unknown operation " + target, Map.of());
    }

    /** The query answer to an action no service knows. */
    public static AwsResponse unknownQueryAction(String action, String requestId) {
        return query(400, "InvalidAction", "The action " + action + " is not valid for this endpoint.", true,
                requestId);
    }

    /** The answer to a request whose protocol cannot be told (no target, no action, no REST service). */
    public static AwsResponse unroutable(String requestId) {
        return query(400, "MissingAction", "The request names no X-Amz-Target, no Action and no service path.",
                true, requestId);
    }

    /** The answer when a service failed unexpectedly. */
    public static AwsResponse internalFailure(AwsProtocol protocol, String requestId) {
        String message = "The request processing has failed because of an unknown error.";
        return protocol == AwsProtocol.JSON ? json(500, "InternalFailure", message, Map.of())
                : query(500, "InternalFailure", message, false, requestId);
    }
}
