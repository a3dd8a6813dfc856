package studio.serverless.runner.endpoint;

/**
 * Told about every request the endpoint routed to a service: once when it arrives, before the service acts (so
 * that what a call sets off in process, a queue's poller waking up, is told after the call itself), and again
 * when the answer is an error. Called on the request's thread; must return fast and not throw.
 */
public interface RequestObserver {

    /** The observer that ignores everything. */
    RequestObserver NONE = new RequestObserver() {
        @Override
        public boolean observing() {
            return false;
        }

        @Override
        public void received(String signingName, AwsProtocol protocol, AwsRequest request) {
        }

        @Override
        public void failed(String signingName, AwsProtocol protocol, AwsRequest request, int status,
                byte[] errorBody) {
        }
    };

    /** Whether the observer wants requests now; when false the endpoint skips it at no cost. */
    boolean observing();

    /**
     * A request was routed to a service, which has not acted yet.
     *
     * @param signingName the service ({@code sqs}, {@code dynamodb}...)
     * @param protocol    the protocol it speaks
     * @param request     the request (for a streamed S3 request, its head with an empty body)
     */
    void received(String signingName, AwsProtocol protocol, AwsRequest request);

    /**
     * The service answered the request with an error.
     *
     * @param status    the answer's HTTP status, 400 or more
     * @param errorBody the answer's body (empty for a streamed answer)
     */
    void failed(String signingName, AwsProtocol protocol, AwsRequest request, int status, byte[] errorBody);
}
