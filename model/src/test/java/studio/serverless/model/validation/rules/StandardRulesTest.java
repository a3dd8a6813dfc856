package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.validation.ValidationRule;

class StandardRulesTest {

    private final List<String> ids = StandardRules.all().stream().map(ValidationRule::id).toList();

    @Test
    void ruleIdsAreUnique() {
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids::toString);
    }

    @Test
    void propertyAndNameRulesAreRegistered() {
        List<String> expected = List.of("property-limits", "json-property", "lambda-function-name", "api-name",
                "sqs-queue-name", "dynamodb-table-name", "stepfunctions-name", "sns-topic-name",
                "eventbridge-rule-name", "kinesis-stream-name", "s3-bucket-name", "sqs-fifo-name", "sns-fifo-name",
                "dynamodb-partition-key", "dynamodb-stream-required", "sqs-fifo-batch-size", "sqs-batch-window",
                "sqs-dlq-fifo-match", "sqs-dlq-retention", "sns-fifo-subscriber", "eventbridge-schedule",
                "eventbridge-pattern", "api-route-syntax", "api-duplicate-route", "lambda-deprecated-runtime");

        assertTrue(ids.containsAll(expected), () -> "missing: " + expected.stream()
                .filter(id -> !ids.contains(id)).toList());
    }
}
