package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a Task state asks its invoker to do: the Resource ARN, the input (after InputPath and Parameters), which
 * state and execution asks, and a heartbeat the task calls to show it is alive (HeartbeatSeconds).
 */
public record TaskRequest(String resource, JsonNode input, String stateName, String executionArn,
                          Runnable heartbeat) {
}
