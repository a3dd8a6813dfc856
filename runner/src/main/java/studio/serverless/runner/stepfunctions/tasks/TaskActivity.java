package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;

/**
 * Publishes each Task state's call as activity from its state machine to the resource it calls: a function by its
 * ARN, or the function, table, queue, topic or state machine an {@code arn:aws:states:::} integration names in its
 * parameters; a task that fails is published again with its error.
 */
public final class TaskActivity implements TaskInvoker {

    private static final String[][] TARGET_FIELDS = {{"FunctionName", "lambda"}, {"TableName", "dynamodb"},
        {"QueueUrl", "sqs"}, {"TopicArn", "sns"}, {"StateMachineArn", "states"}};

    private final TaskInvoker tasks;
    private final ActivityFeed feed;

    /** Tasks run by {@code tasks}, published to {@code feed}. */
    public TaskActivity(TaskInvoker tasks, ActivityFeed feed) {
        this.tasks = tasks;
        this.feed = feed;
    }

    @Override
    public CompletableFuture<JsonNode> invoke(TaskRequest request) {
        if (!feed.listening()) {
            return tasks.invoke(request);
        }
        Optional<ResourceRef> machine = machineOf(request.executionArn());
        if (machine.isEmpty()) {
            return tasks.invoke(request);
        }
        ResourceRef target = target(request).orElse(null);
        feed.publish(ActivityKind.TASK, machine.get(), target, request.stateName(), null);
        return tasks.invoke(request).whenComplete((output, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                feed.publish(ActivityKind.TASK, machine.get(), target, request.stateName() + " failed",
                        String.valueOf(cause.getMessage()));
            }
        });
    }

    /** {@code arn:aws:states:R:A:execution:MACHINE:NAME} (or {@code express:}) runs MACHINE. */
    private static Optional<ResourceRef> machineOf(String executionArn) {
        String[] parts = executionArn == null ? new String[0] : executionArn.split(":");
        return parts.length >= 8 ? Optional.of(new ResourceRef(ServiceKind.STEP_FUNCTIONS, parts[6]))
                : Optional.empty();
    }

    private static Optional<ResourceRef> target(TaskRequest request) {
        Optional<ResourceRef> direct = ResourceRef.fromArn(request.resource());
        if (direct.isPresent() && direct.get().kind() == ServiceKind.LAMBDA_FUNCTION) {
            return direct;
        }
        JsonNode input = request.input();
        for (String[] field : TARGET_FIELDS) {
            String value = input == null ? "" : input.path(field[0]).asText("");
            if (!value.isEmpty()) {
                return named(field[1], value);
            }
        }
        return Optional.empty();
    }

    private static Optional<ResourceRef> named(String service, String value) {
        if (value.startsWith("arn:")) {
            return ResourceRef.fromArn(value);
        }
        String name = value.substring(value.lastIndexOf('/') + 1);
        return switch (service) {
            case "lambda" -> Optional.of(ResourceRef.function(name.split(":")[0]));
            case "dynamodb" -> Optional.of(ResourceRef.table(name));
            case "sqs" -> Optional.of(ResourceRef.queue(name));
            case "sns" -> Optional.of(new ResourceRef(ServiceKind.SNS_TOPIC, name));
            default -> Optional.of(new ResourceRef(ServiceKind.STEP_FUNCTIONS, name));
        };
    }
}
