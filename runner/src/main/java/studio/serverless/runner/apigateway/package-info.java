/**
 * API Gateway on the local machine: one HTTP listener on 127.0.0.1 per API of the diagram, routing each request
 * by method and path ({@code {param}}, {@code {proxy+}}, {@code ANY}, {@code $default}) to its function as a
 * Lambda proxy event (payload 2.0 for HTTP APIs, 1.0 for REST APIs, shaped as in
 * {@code shared/reference/events}), and turning the function's answer back into an HTTP response as API Gateway
 * does (status code, headers, multi-value headers, cookies, base64 bodies), with the 29-second integration
 * timeout and CORS when the API allows it. A route integrated with a state machine starts an execution with the
 * request body as input and answers what Step Functions answered. Functions and state machines are reached through
 * {@link studio.serverless.runner.delivery.FunctionCaller} and
 * {@link studio.serverless.runner.delivery.StepFunctionsCaller}, so this package knows nothing of how they run.
 */
package studio.serverless.runner.apigateway;
