package studio.serverless.runner.endpoint;

/**
 * Where the router sent a request: the adapter and the protocol, or, when no service claims it, the error answer.
 *
 * @param adapter  the service adapter, or null
 * @param protocol the protocol the request speaks
 * @param error    the answer for an unroutable request, or null
 */
record Route(ServiceAdapter adapter, AwsProtocol protocol, AwsResponse error) {

    static Route to(ServiceAdapter adapter, AwsProtocol protocol) {
        return new Route(adapter, protocol, null);
    }

    static Route failed(AwsProtocol protocol, AwsResponse error) {
        return new Route(null, protocol, error);
    }
}
