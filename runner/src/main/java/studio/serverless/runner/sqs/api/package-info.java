/**
 * SQS's wire adapter: parses the JSON and query protocols into protocol-neutral action input, runs one small
 * action class per action (or per small group) against the engine, and writes results and errors back in the
 * request's protocol. No queue logic lives here.
 */
package studio.serverless.runner.sqs.api;
