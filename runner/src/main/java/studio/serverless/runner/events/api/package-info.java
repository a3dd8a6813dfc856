/**
 * EventBridge's wire adapter: reads JSON 1.1 requests ({@code X-Amz-Target: AWSEvents.PutEvents}) into the
 * engine's types, runs one small action per operation, and writes results and {@code __type} errors. No
 * EventBridge logic lives here.
 */
package studio.serverless.runner.events.api;
