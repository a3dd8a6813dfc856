package studio.serverless.runner.stepfunctions.tasks;

/**
 * A service's refusal of a call a Task made, as its API answered it: the error shape (the {@code __type} without
 * its namespace), the code its SDK reports (SQS: the query protocol's, e.g.
 * {@code AWS.SimpleQueueService.NonExistentQueue}), the message, HTTP status and request id.
 */
final class ServiceRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String shape;
    private final String errorCode;
    private final int status;
    private final String requestId;

    ServiceRefusal(String shape, String errorCode, String message, int status, String requestId) {
        super(message, null, false, false);
        this.shape = shape;
        this.errorCode = errorCode;
        this.status = status;
        this.requestId = requestId;
    }

    String shape() {
        return shape;
    }

    String errorCode() {
        return errorCode;
    }

    int status() {
        return status;
    }

    String requestId() {
        return requestId;
    }
}
