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
    private static final String INTERNAL_FAILURE = "The request processing has failed because of an unknown error.";

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

    /** The answer when a service failed unexpectedly, in the protocol the client speaks. */
    public static AwsResponse internalFailure(AwsProtocol protocol, String requestId) {
        return switch (protocol) {
            case JSON -> json(500, "InternalFailure", INTERNAL_FAILURE, Map.of());
            case QUERY -> query(500, "InternalFailure", INTERNAL_FAILURE, false, requestId);
            case REST -> rest(500, "InternalError", "We encountered an internal error. Please try again.", requestId);
        };
    }

    /** The answer to a body larger than the endpoint accepts, in the protocol the client speaks. */
    public static AwsResponse tooLarge(AwsProtocol protocol, int maxBytes, String requestId) {
        String message = "The request body is larger than " + maxBytes + " bytes.";
        return switch (protocol) {
            case JSON -> json(413, "RequestEntityTooLarge", message, Map.of());
            case QUERY -> query(413, "RequestEntityTooLarge", message, true, requestId);
            case REST -> rest(413, "EntityTooLarge", message, requestId);
        };
    }

    /** A REST-XML (S3) error: {@code <Error><Code/><Message/><RequestId/></Error>}. */
    private static AwsResponse rest(int status, String code, String message, String requestId) {
        return AwsResponse.xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + XmlText.escape(code)
                + "</Code><Message>" + XmlText.escape(message) + "</Message><RequestId>" + requestId
                + "</RequestId></Error>");
    }
}
