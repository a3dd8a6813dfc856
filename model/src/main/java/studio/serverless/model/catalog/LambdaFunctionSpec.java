package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.PropertySpec.integer;
import static studio.serverless.model.catalog.PropertySpec.optionalInteger;
import static studio.serverless.model.catalog.PropertySpec.text;

import java.util.List;

/** The catalogue entry of a Lambda function, with the limits of the Lambda developer guide. */
final class LambdaFunctionSpec {

    /** The runtimes a function can use; the first Python one is the default. */
    static final List<String> RUNTIMES = List.of("python3.12", "python3.13", "python3.14", "nodejs20.x",
            "nodejs22.x", "nodejs24.x", "java17", "java21", "java25");

    private LambdaFunctionSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.LAMBDA_FUNCTION,
                "Runs your code in response to events, on servers AWS manages; it scales from zero to many"
                        + " concurrent copies and back.",
                "Synchronously (API Gateway, the Invoke API), asynchronously (S3, SNS, EventBridge: Lambda queues the"
                        + " event and retries twice), or by polling a queue or stream (SQS, DynamoDB Streams,"
                        + " Kinesis).",
                "Per request and per GB-second of run time, billed per millisecond; the monthly free tier covers"
                        + " 1 million requests and 400,000 GB-seconds.",
                List.of(
                        choice("runtime", "Runtime", "python3.13", RUNTIMES,
                                "The language runtime the function runs in."),
                        text("handler", "Handler", "app.handler",
                                "The entry point Lambda calls: file.function for Python and Node.js,"
                                        + " package.Class::method for Java."),
                        integer("memorySize", "Memory (MB)", 128, 128, 10240,
                                "Memory given to each copy of the function, 128 to 10,240 MB. CPU grows with"
                                        + " memory: at 1,769 MB a function has one full vCPU."),
                        integer("timeout", "Timeout (s)", 3, 1, 900,
                                "How long one invocation may run, 1 to 900 seconds (15 minutes), before Lambda"
                                        + " stops it."),
                        optionalInteger("reservedConcurrency", "Reserved concurrency", 0, 1000,
                                "How many copies may run at once; requests beyond it are throttled. Unset: the"
                                        + " function shares the account's unreserved concurrency. 0 stops all"
                                        + " invocations."),
                        choice("architecture", "Architecture", "x86_64", List.of("x86_64", "arm64"),
                                "The processor type; arm64 (Graviton) costs about 20% less per GB-second."),
                        integer("ephemeralStorage", "Ephemeral storage (MB)", 512, 512, 10240,
                                "Size of the /tmp folder, 512 to 10,240 MB."),
                        integer("asyncMaximumRetryAttempts", "Async retries", 2, 0, 2,
                                "How often Lambda retries a failed asynchronous invocation, 0 to 2."),
                        integer("asyncMaximumEventAge", "Async maximum event age (s)", 21600, 60, 21600,
                                "How long Lambda keeps an asynchronous event waiting to be retried, 60 seconds"
                                        + " to 6 hours.")),
                NamingRule.of(1, 64, "[A-Za-z0-9_-]+", "letters, digits, hyphens (-) and underscores (_)"),
                "function");
    }
}
