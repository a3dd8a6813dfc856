package studio.serverless.runner.apigateway;

/** The two kinds of API Gateway API, which differ in the event they send and the answers they expect. */
public enum ApiType {
    /** An HTTP API (API Gateway v2): payload format 2.0, lenient about the function's answer. */
    HTTP,
    /** A REST API with Lambda proxy integrations: payload format 1.0, the answer must carry a statusCode. */
    REST
}
