package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.catalog.ServiceSpec;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.ValidationRule;

class StandardRulesTest {

    private static final List<String> PROPERTY_AND_NAME_RULES = List.of("property-limits", "json-property",
            "lambda-function-name", "api-name", "sqs-queue-name", "dynamodb-table-name", "stepfunctions-name",
            "sns-topic-name", "eventbridge-rule-name", "kinesis-stream-name", "s3-bucket-name", "sqs-fifo-name",
            "sns-fifo-name", "dynamodb-partition-key", "dynamodb-stream-required", "sqs-fifo-batch-size",
            "sqs-batch-window", "sqs-dlq-fifo-match", "sqs-dlq-retention", "sns-fifo-subscriber",
            "eventbridge-schedule", "eventbridge-pattern", "api-route-syntax", "api-duplicate-route",
            "lambda-deprecated-runtime", "lambda-java-memory");

    private final List<String> ids = StandardRules.all().stream().map(ValidationRule::id).toList();

    @Test
    void ruleIdsAreUnique() {
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids::toString);
    }

    @Test
    void freshServiceOfEveryKindKeepsThePropertyAndNameRules() {
        DiagramFixture fixture = new DiagramFixture();
        for (ServiceSpec spec : ServiceCatalog.standard().services()) {
            if (spec.kind() == ServiceKind.EVENTBRIDGE_RULE) {
                // fresh, a rule on events has no pattern yet, which eventbridge-pattern rightly reports
                fixture.add(spec.kind(), spec.defaultName(), "eventPattern", "{\"source\": [\"orders\"]}");
            } else {
                fixture.add(spec.kind(), spec.defaultName());
            }
        }

        List<Diagnostic> diagnostics = StandardRules.all().stream()
                .filter(rule -> PROPERTY_AND_NAME_RULES.contains(rule.id()))
                .flatMap(rule -> fixture.check(rule).stream()).toList();

        assertEquals(List.of(), diagnostics);
    }

    @Test
    void propertyAndNameRulesAreRegistered() {
        assertTrue(ids.containsAll(PROPERTY_AND_NAME_RULES), () -> "missing: " + PROPERTY_AND_NAME_RULES.stream()
                .filter(id -> !ids.contains(id)).toList());
    }
}
