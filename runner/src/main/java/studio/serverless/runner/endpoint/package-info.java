/**
 * The local cloud's one HTTP endpoint: listens on loopback only, reads the caller from the SigV4 credential
 * scope (signatures are not checked), routes each request by AWS protocol ({@code X-Amz-Target} for JSON,
 * {@code Action} for query, path for REST) to a {@link studio.serverless.runner.endpoint.ServiceAdapter}, and
 * answers anything unroutable or failing with an AWS-shaped error while it keeps serving.
 */
package studio.serverless.runner.endpoint;
