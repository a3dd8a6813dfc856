package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import studio.serverless.model.catalog.NamingRule;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * The names of one kind of service keep AWS's naming rule for that resource (length and characters), as the
 * catalogue's {@link NamingRule} states it. S3 buckets have a rule of their own, {@link S3BucketNameRule}.
 */
public final class ResourceNameRule implements ValidationRule {

    private static final Map<ServiceKind, String> RULE_IDS = Map.of(
            ServiceKind.LAMBDA_FUNCTION, "lambda-function-name",
            ServiceKind.DYNAMODB_TABLE, "dynamodb-table-name",
            ServiceKind.SQS_QUEUE, "sqs-queue-name",
            ServiceKind.SNS_TOPIC, "sns-topic-name",
            ServiceKind.KINESIS_STREAM, "kinesis-stream-name",
            ServiceKind.STEP_FUNCTIONS, "stepfunctions-name",
            ServiceKind.EVENTBRIDGE_RULE, "eventbridge-rule-name",
            ServiceKind.API_GATEWAY, "api-name");

    private final ServiceKind kind;

    /** The naming rule of one kind; every kind but S3 buckets has one. */
    public ResourceNameRule(ServiceKind kind) {
        if (!RULE_IDS.containsKey(kind)) {
            throw new IllegalArgumentException("no generic naming rule for " + kind + "; see S3BucketNameRule");
        }
        this.kind = kind;
    }

    /** One rule per kind that has a generic naming rule, in the order of {@link ServiceKind}. */
    public static List<ValidationRule> forEveryKind() {
        List<ValidationRule> rules = new ArrayList<>();
        for (ServiceKind each : ServiceKind.values()) {
            if (RULE_IDS.containsKey(each)) {
                rules.add(new ResourceNameRule(each));
            }
        }
        return List.copyOf(rules);
    }

    @Override
    public String id() {
        return RULE_IDS.get(kind);
    }

    @Override
    public String description() {
        return "The name of every " + kind.displayName() + " keeps AWS's naming rule.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        NamingRule rule = context.catalog().service(kind).namingRule();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service service : context.services(kind)) {
            rule.violation(service.name()).ifPresent(violation -> diagnostics.add(new Diagnostic(id(),
                    Severity.ERROR, List.of(service.id()),
                    "The name of " + RuleText.named(service) + " " + violation + " AWS refuses to create a "
                            + kind.displayName() + " with such a name, so deploying would fail.",
                    "Rename it: " + rule.minLength() + " to " + rule.maxLength() + " characters, using only "
                            + rule.explanation() + ".")));
        }
        return diagnostics;
    }
}
