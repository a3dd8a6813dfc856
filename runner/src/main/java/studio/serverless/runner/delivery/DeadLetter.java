package studio.serverless.runner.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/**
 * What Lambda sends to a function's dead-letter queue or topic (DeadLetterConfig) when an asynchronous event failed
 * every retry: the event unchanged as the body, and why in the message attributes {@code RequestID} (String),
 * {@code ErrorCode} (Number, the Invoke API's HTTP status) and {@code ErrorMessage} (String, its first 1 KB).
 *
 * @param event        the event as the function received it
 * @param requestId    the invocation's request id
 * @param errorCode    the HTTP status of the failed invocation: 200 for a function error, as the Invoke API answers
 * @param errorMessage the function's error message
 */
public record DeadLetter(String event, String requestId, int errorCode, String errorMessage) {

    /** AWS keeps the first kilobyte of the error message. */
    static final int MAXIMUM_ERROR_MESSAGE = 1024;

    /** The message attributes Lambda adds. */
    public Map<String, MessageAttributeValue> attributes() {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("RequestID", MessageAttributeValue.string(requestId));
        attributes.put("ErrorCode", new MessageAttributeValue("Number", Integer.toString(errorCode), null));
        String message = errorMessage == null || errorMessage.isEmpty() ? "Unhandled" : errorMessage;
        attributes.put("ErrorMessage", MessageAttributeValue.string(
                message.length() > MAXIMUM_ERROR_MESSAGE ? message.substring(0, MAXIMUM_ERROR_MESSAGE) : message));
        return attributes;
    }
}
