package studio.serverless.runner.stepfunctions.tasks;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import studio.serverless.runner.dynamodb.api.DynamoDbAdapter;
import studio.serverless.runner.events.api.EventsAdapter;
import studio.serverless.runner.sqs.api.SqsAdapter;
import studio.serverless.runner.stepfunctions.engine.TaskInvoker;
import studio.serverless.runner.stepfunctions.service.StepFunctionsLocal;
import studio.serverless.runner.stepfunctions.service.StepFunctionsService;

/**
 * Makes Step Functions for the local cloud with every Task integration connected: Lambda, DynamoDB, SQS, SNS,
 * EventBridge and Step Functions itself (whose service exists only once Step Functions is made, hence the late
 * reference).
 */
public final class LocalTaskIntegrations {

    private LocalTaskIntegrations() {
    }

    /**
     * Step Functions made by {@code make} (in memory, or kept in a data folder) from the task invoker that connects
     * every integration to {@code services}.
     */
    public static StepFunctionsLocal stepFunctions(Clock clock, IntegratedServices services, String region,
                                                   Function<TaskInvoker, StepFunctionsLocal> make) {
        AtomicReference<StepFunctionsService> service = new AtomicReference<>();
        StepFunctionsLocal stepFunctions = make.apply(dispatcher(clock, services, region, service::get));
        service.set(stepFunctions.service());
        return stepFunctions;
    }

    private static TaskInvoker dispatcher(Clock clock, IntegratedServices services, String region,
                                          Supplier<StepFunctionsService> service) {
        TaskInvoker functions = new LambdaTaskInvoker(services.lambda());
        return new TaskDispatcher(functions, List.of(
                new LambdaIntegration(functions, clock),
                new DynamoDbIntegration(new InProcessApi(new DynamoDbAdapter(services.dynamoDb()),
                        "DynamoDB_20120810", region, clock)),
                new SqsIntegration(new InProcessApi(new SqsAdapter(services.sqs()), "AmazonSQS", region, clock)),
                new SnsIntegration(services.sns(), clock),
                new EventBridgeIntegration(new InProcessApi(new EventsAdapter(services.events()), "AWSEvents",
                        region, clock)),
                new StepFunctionsIntegration(service, clock)));
    }
}
