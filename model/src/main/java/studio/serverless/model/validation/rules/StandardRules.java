package studio.serverless.model.validation.rules;

import java.util.List;

import studio.serverless.model.validation.ValidationRule;

/** The rules every diagram is checked against, in the order their diagnostics are listed. */
public final class StandardRules {

    private StandardRules() {
    }

    /** A new list of every standard rule. */
    public static List<ValidationRule> all() {
        return List.of(
                new IllegalConnectionRule(),
                // architecture: how the services connect
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
}
