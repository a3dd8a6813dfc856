package studio.serverless.runner.sqs.api;

import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * What an action needs besides its parameters.
 *
 * @param engine    the SQS engine
 * @param caller    who called
 * @param host      the Host the client used, for queue URLs it can call back
 * @param path      the request path (query requests may be sent to the queue URL itself)
 */
record ActionContext(SqsEngine engine, CallerIdentity caller, String host, String path) {

    /** The queue URL of {@code name} as this client should see it. */
    String queueUrl(String name) {
        return "http://" + host + "/" + CallerIdentity.ACCOUNT_ID + "/" + name;
    }

    /** The queue an action names: its QueueUrl parameter, else the request path; MissingParameter otherwise. */
    String queueName(ActionInput input) {
        String url = input.string("QueueUrl");
        if (url == null || url.isEmpty()) {
            url = path != null && path.length() > 1 ? path : null;
        }
        if (url == null) {
            throw SqsException.missingParameter("QueueUrl");
        }
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            throw SqsException.noSuchQueue();
        }
        return name;
    }
}
