package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import studio.serverless.runner.stepfunctions.engine.Execution;
import studio.serverless.runner.stepfunctions.engine.ExecutionStatus;
import studio.serverless.runner.stepfunctions.engine.TaskRequest;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;
import studio.serverless.runner.stepfunctions.service.StepFunctionsException;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * {@code arn:aws:states:::states:startExecution}: starts a child execution (Parameters StateMachineArn, Input as
 * JSON or text, Name) and answers {@code {ExecutionArn, StartDate}}. With {@code .sync} or {@code .sync:2} the task
 * ends when the child does, with the child's description ({@link ExecutionDescription}); a child that fails, times
 * out or is aborted fails the task with {@code States.TaskFailed} and the description as cause, as AWS does. The
 * wait is a callback on the child's completion, so a waiting parent holds no thread. Refusals of the start are
 * {@code StepFunctions.<Code>Exception}, e.g. {@code StepFunctions.StateMachineDoesNotExistException}.
 */
final class StepFunctionsIntegration implements ServiceIntegration {

    /** The errors the API model lists for StartExecution that the local service reports. */
    static final ServiceErrorNames ERRORS = new ServiceErrorNames("StepFunctions", "AWSStepFunctions",
            "AWSStepFunctionsException", Set.of("ExecutionLimitExceeded", "ExecutionAlreadyExists", "InvalidArn",
            "InvalidExecutionInput", "InvalidName", "StateMachineDoesNotExist", "StateMachineDeleting"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<StepFunctionsService> service;
    private final Clock clock;

    /** Starts executions on the service {@code service} supplies once it exists. */
    StepFunctionsIntegration(Supplier<StepFunctionsService> service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Set<String> resources() {
        return Set.of("states:startExecution");
    }

    @Override
    public Set<String> patterns() {
        return Set.of("", "sync", "sync:2", "waitForTaskToken");
    }

    @Override
    public CompletableFuture<JsonNode> run(IntegrationResource resource, TaskRequest request, Executor pool) {
        CompletableFuture<Execution> started;
        try {
            started = CompletableFuture.completedFuture(start(request.input()));
        } catch (StatesFailure refused) {
            return CompletableFuture.failedFuture(refused);
        }
        if (!resource.pattern().startsWith("sync")) {
            return started.thenApply(this::startResponse);
        }
        boolean asJson = resource.pattern().equals("sync:2");
        return started.thenCompose(Execution::completion).thenApply(done -> finished(done, asJson));
    }

    private Execution start(JsonNode parameters) {
        JsonNode input = parameters.get("Input");
        String inputText = input == null || input.isNull() ? "{}"
                : input.isTextual() ? input.asText() : input.toString();
        JsonNode name = parameters.get("Name");
        try {
            return service.get().start(parameters.path("StateMachineArn").asText(null),
                    name == null || name.isNull() ? null : name.asText(), inputText);
        } catch (StepFunctionsException refused) {
            String code = refused.error().code();
            throw ERRORS.failure(new ServiceRefusal(code, code, refused.getMessage(), refused.error().httpStatus(),
                    UUID.randomUUID().toString()));
        }
    }

    private JsonNode startResponse(Execution execution) {
        ObjectNode response = JSON.createObjectNode().put("ExecutionArn", execution.executionArn())
                .put("StartDate", execution.startDate().toEpochMilli());
        return SdkMetadata.attach(response, "application/x-amz-json-1.0", UUID.randomUUID().toString(),
                clock.instant());
    }

    private static JsonNode finished(Execution child, boolean asJson) {
        ObjectNode description = ExecutionDescription.of(child, asJson);
        if (child.status() != ExecutionStatus.SUCCEEDED) {
            throw new StatesFailure(ErrorNames.TASK_FAILED, description.toString());
        }
        return description;
    }
}
