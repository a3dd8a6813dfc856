package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.validation.ValidationRule;

/** The rules every diagram is checked against, in the order their diagnostics are listed. */
public final class StandardRules {

    private StandardRules() {
    }

    /** A new list of every standard rule. */
    public static List<ValidationRule> all() {
        List<ValidationRule> rules = new ArrayList<>();
        rules.add(new IllegalConnectionRule());
        rules.addAll(architectureRules());
        rules.addAll(propertyAndNameRules());
        return List.copyOf(rules);
    }

    /** The rules on how the services connect. */
    private static List<ValidationRule> architectureRules() {
        return List.of(
                new ApiRouteWithoutIntegrationRule(),
                new ApiIntegrationUnknownRouteRule(),
                new ApiRouteIntegratedTwiceRule(),
                new ApiIntegrationTimeoutRule(),
                new LambdaUntriggeredRule(),
                new SqsVisibilityTimeoutRule(),
                new SqsTriggerWithoutDeadLetterQueueRule(),
                new AsyncWithoutFailureDestinationRule(),
                new LambdaDestinationWithoutAsyncRule(),
                new RecursiveLoopRule(),
                new DeadLetterQueueCycleRule(),
                new DuplicateNameRule(),
                new UnusedResourceRule(),
                new EventBridgeRuleWithoutTargetRule(),
                new SnsTopicWithoutSubscriberRule(),
                new StepFunctionsUnusedRule(),
                new S3NotificationOverlapRule());
    }

    /** The rules on property values and resource names. */
    private static List<ValidationRule> propertyAndNameRules() {
        List<ValidationRule> rules = new ArrayList<>();
        rules.add(new PropertyLimitsRule());
        rules.add(new JsonPropertyRule());
        rules.addAll(ResourceNameRule.forEveryKind());
        rules.add(new S3BucketNameRule());
        rules.add(new FifoNameRule(ServiceKind.SQS_QUEUE));
        rules.add(new FifoNameRule(ServiceKind.SNS_TOPIC));
        rules.add(new DynamoDbPartitionKeyRule());
        rules.add(new DynamoDbStreamRequiredRule());
        rules.add(new SqsFifoBatchSizeRule());
        rules.add(new SqsBatchWindowRule());
        rules.add(new SqsDlqFifoMatchRule());
        rules.add(new SqsDlqRetentionRule());
        rules.add(new SnsFifoSubscriberRule());
        rules.add(new EventBridgeScheduleRule());
        rules.add(new EventBridgePatternRule());
        rules.add(new ApiRouteSyntaxRule());
        rules.add(new ApiDuplicateRouteRule());
        rules.add(new LambdaDeprecatedRuntimeRule());
        rules.add(new LambdaJavaMemoryRule());
        return rules;
    }
}
