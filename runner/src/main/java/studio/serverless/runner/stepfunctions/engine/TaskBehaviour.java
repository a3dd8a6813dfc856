package studio.serverless.runner.stepfunctions.engine;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.language.TaskState;
import studio.serverless.runner.stepfunctions.language.TimeLimit;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** Task: hands the work to the {@link TaskInvoker} and goes on when it answers, fails or times out. */
final class TaskBehaviour implements StateBehaviour {

    @Override
    public void attempt(StateEntry entry) {
        TaskState task = (TaskState) entry.state();
        String token = TaskResource.waitsForTaskToken(task.resource())
                ? TaskTokens.create(entry.run().execution().executionArn()) : null;
        entry.useTaskToken(token);
        JsonNode parameters = entry.parameters(entry.effectiveInput());
        Integer timeout = seconds(task.timeout(), entry, "TimeoutSeconds");
        Integer heartbeat = seconds(task.heartbeat(), entry, "HeartbeatSeconds");
        TaskResource resource = TaskResource.of(task.resource());
        Details scheduled = resource.details().text("region", entry.run().region()).json("parameters", parameters);
        if (timeout != null) {
            scheduled.number("timeoutInSeconds", timeout);
        }
        if (heartbeat != null) {
            scheduled.number("heartbeatInSeconds", heartbeat);
        }
        entry.run().record(HistoryEventType.TaskScheduled, scheduled);
        entry.run().record(HistoryEventType.TaskStarted, resource.details());
        new TaskAttempt(entry, task, timeout, heartbeat, token).start(parameters);
    }

    private static Integer seconds(TimeLimit limit, StateEntry entry, String literalField) {
        if (limit == null || limit.seconds() != null) {
            return limit == null ? null : limit.seconds();
        }
        if (limit.expression() != null) {
            return (int) Math.min(Integer.MAX_VALUE, entry.values().whole(literalField, limit.expression(), 1));
        }
        JsonNode input = entry.rawInput();
        String field = literalField + "Path";
        JsonPath path = limit.path();
        JsonNode value = path.find(input).orElseThrow(() -> new StatesFailure(ErrorNames.RUNTIME,
                "Invalid path '" + path + "' in " + field + ": it selects nothing in the input '" + input + "'"));
        if (!value.isIntegralNumber() || value.asLong() < 1) {
            throw new StatesFailure(ErrorNames.RUNTIME, "The " + field + " '" + path
                    + "' must select a positive whole number, but selects " + value);
        }
        return value.asInt();
    }
}
