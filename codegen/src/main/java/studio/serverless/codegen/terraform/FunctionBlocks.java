package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import studio.serverless.codegen.text.EnvironmentVariableNames;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;

/**
 * The blocks of one Lambda function: its code package, its role (assumed by Lambda, with the basic execution
 * policy for logs and one inline least-privilege policy, see {@link FunctionPolicy}), the
 * {@code aws_lambda_function} with its environment, and the asynchronous invocation settings with destinations.
 */
final class FunctionBlocks {

    private static final String LOGS_POLICY = "/service-role/AWSLambdaBasicExecutionRole";
    private static final int DEFAULT_RETRIES = 2;
    private static final int DEFAULT_EVENT_AGE = 21600;

    private final TerraformContext context;
    private final FunctionPackaging packaging;
    private final FunctionPolicy policy;
    private final EnvironmentVariableNames variables;

    FunctionBlocks(TerraformContext context) {
        this.context = context;
        this.packaging = new FunctionPackaging(context);
        this.policy = new FunctionPolicy(context);
        this.variables = context.environmentVariableNames();
    }

    List<HclBlock> of(Service function) {
        String name = context.name(function.id());
        List<HclBlock> blocks = new ArrayList<>();
        packaging.archive(function).ifPresent(blocks::add);
        HclBlock role = IamDocuments.role(name, "lambda.amazonaws.com");
        blocks.add(role);
        blocks.add(HclBlock.resource("aws_iam_role_policy_attachment", name + "_logs").set("role", role.ref("name"))
                .set("policy_arn", HclExpression.template("arn:", TerraformContext.PARTITION, ":iam::aws:policy"
                        + LOGS_POLICY)));
        policy.of(function, role).ifPresent(blocks::add);
        blocks.add(lambda(function, role));
        invokeConfig(function).ifPresent(blocks::add);
        return blocks;
    }

    private HclBlock lambda(Service function, HclBlock role) {
        PropertyValues values = function.properties();
        HclBlock lambda = HclBlock.resource("aws_lambda_function", context.name(function.id()))
                .set("function_name", function.name())
                .set("role", role.ref("arn"))
                .set("handler", values.text("handler"))
                .set("runtime", values.text("runtime"))
                .set("architectures", List.of(values.text("architecture").isBlank() ? "x86_64"
                        : values.text("architecture")));
        packaging.addTo(lambda, function);
        values.integer("memorySize").ifPresent(memory -> lambda.set("memory_size", memory));
        values.integer("timeout").ifPresent(timeout -> lambda.set("timeout", timeout));
        values.integer("reservedConcurrency").ifPresent(count -> lambda.set("reserved_concurrent_executions",
                count));
        values.integer("ephemeralStorage").ifPresent(size -> lambda.add(HclBlock.of("ephemeral_storage")
                .set("size", size)));
        policy.deadLetterTarget(function).ifPresent(arn -> lambda.add(HclBlock.of("dead_letter_config")
                .set("target_arn", arn)));
        Map<String, Object> environment = new TreeMap<>();
        variables.of(function).forEach((connection, variable) -> environment.put(variable,
                FunctionPolicy.environmentValue(context, connection)));
        if (!environment.isEmpty()) {
            lambda.add(HclBlock.of("environment").set("variables", environment));
        }
        return lambda;
    }

    private java.util.Optional<HclBlock> invokeConfig(Service function) {
        int retries = function.properties().integer("asyncMaximumRetryAttempts").orElse(DEFAULT_RETRIES);
        int age = function.properties().integer("asyncMaximumEventAge").orElse(DEFAULT_EVENT_AGE);
        Map<String, HclExpression> destinations = policy.destinations(function);
        if (retries == DEFAULT_RETRIES && age == DEFAULT_EVENT_AGE && destinations.isEmpty()) {
            return java.util.Optional.empty();
        }
        HclBlock config = HclBlock.resource("aws_lambda_function_event_invoke_config", context.name(function.id()))
                .set("function_name", context.ref(function.id(), "function_name"))
                .set("maximum_retry_attempts", retries)
                .set("maximum_event_age_in_seconds", age);
        if (!destinations.isEmpty()) {
            HclBlock destinationConfig = HclBlock.of("destination_config");
            destinations.forEach((when, arn) -> destinationConfig.add(HclBlock.of(when).set("destination", arn)));
            config.add(destinationConfig);
        }
        return java.util.Optional.of(config);
    }
}
