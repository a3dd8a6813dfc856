package studio.serverless.runner.apigateway;

/** What a route's integration calls: a function (Lambda proxy) or Step Functions (an AWS service integration). */
public sealed interface RouteIntegration {

    /** What the integration calls, as the run banner prints it: a function's name or a state machine's ARN. */
    String target();

    /**
     * A Lambda proxy integration: the request goes to the function as a proxy event, its answer becomes the
     * response.
     *
     * @param functionName the function's name
     */
    record LambdaProxy(String functionName) implements RouteIntegration {

        @Override
        public String target() {
            return functionName;
        }
    }

    /**
     * A Step Functions integration (an HTTP API's StepFunctions-StartExecution or -StartSyncExecution subtype, a
     * REST API's AWS integration to {@code states:action/StartExecution}): the request body is the execution's
     * input, the Step Functions API's answer is the response.
     *
     * @param stateMachineArn the state machine's ARN
     * @param synchronous     whether the API waits for the execution's end (StartSyncExecution, Express workflows)
     */
    record StartExecution(String stateMachineArn, boolean synchronous) implements RouteIntegration {

        @Override
        public String target() {
            return stateMachineArn;
        }

        /** The Step Functions action the integration calls. */
        public String action() {
            return synchronous ? "StartSyncExecution" : "StartExecution";
        }
    }
}
