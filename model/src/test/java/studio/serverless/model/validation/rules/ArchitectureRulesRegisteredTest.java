package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.validation.ValidationRule;

class ArchitectureRulesRegisteredTest {

    @Test
    void everyStandardRuleHasItsOwnId() {
        List<String> ids = StandardRules.all().stream().map(ValidationRule::id).toList();

        assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
    }

    @Test
    void architectureRulesAreStandard() {
        List<String> ids = StandardRules.all().stream().map(ValidationRule::id).toList();

        assertTrue(ids.containsAll(List.of("api-route-without-integration", "api-integration-unknown-route",
                "api-route-integrated-twice", "lambda-untriggered", "sqs-visibility-timeout",
                "api-integration-timeout", "sqs-trigger-without-dlq", "async-without-failure-destination",
                "recursive-loop", "duplicate-name", "unused-resource", "eventbridge-rule-without-target",
                "sns-topic-without-subscriber", "s3-notification-overlap", "dead-letter-queue-cycle",
                "stepfunctions-unused", "lambda-destination-without-async")), ids::toString);
    }
}
