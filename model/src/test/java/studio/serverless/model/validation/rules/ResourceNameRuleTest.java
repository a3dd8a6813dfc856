package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationRule;

class ResourceNameRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();

    @ParameterizedTest
    @CsvSource({
            "LAMBDA_FUNCTION, create-order_v2",
            "DYNAMODB_TABLE, orders.v1_prod-eu",
            "SQS_QUEUE, jobs",
            "SQS_QUEUE, jobs.fifo",
            "SNS_TOPIC, order_events",
            "KINESIS_STREAM, click.stream-1",
            "STEP_FUNCTIONS, order(workflow)",
            "EVENTBRIDGE_RULE, nightly.cleanup-job",
            "API_GATEWAY, Orders API (prod)"})
    void nameKeepingAwsRuleIsFine(ServiceKind kind, String name) {
        fixture.add(kind, name);

        assertEquals(List.of(), fixture.check(new ResourceNameRule(kind)));
    }

    @ParameterizedTest
    @CsvSource({
            "LAMBDA_FUNCTION, lambda-function-name, create.order, letters, digits",
            "DYNAMODB_TABLE, dynamodb-table-name, ab, 3 to 255",
            "DYNAMODB_TABLE, dynamodb-table-name, my table, underscores",
            "SQS_QUEUE, sqs-queue-name, jobs:high, hyphens",
            "SNS_TOPIC, sns-topic-name, order events, underscores",
            "KINESIS_STREAM, kinesis-stream-name, click/stream, dots",
            "STEP_FUNCTIONS, stepfunctions-name, order flow, white space",
            "EVENTBRIDGE_RULE, eventbridge-rule-name, nightly cleanup, dots",
            "API_GATEWAY, api-name, '', 1 to 128"})
    void nameBreakingAwsRuleIsAnError(ServiceKind kind, String ruleId, String name, String fact) {
        ServiceId service = fixture.add(kind, name);

        assertFinding(fixture.single(new ResourceNameRule(kind)), ruleId, Severity.ERROR, List.of(service),
                "'" + name + "'", fact);
    }

    @Test
    void tooLongFunctionNameIsReportedWithItsLengthAndTheLimit() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "f".repeat(65));

        assertFinding(fixture.single(new ResourceNameRule(ServiceKind.LAMBDA_FUNCTION)), "lambda-function-name",
                Severity.ERROR, List.of(function), "65 characters", "1 to 64");
    }

    @Test
    void ruleChecksOnlyItsOwnKind() {
        fixture.add(ServiceKind.SQS_QUEUE, "bad name");

        assertEquals(List.of(), fixture.check(new ResourceNameRule(ServiceKind.LAMBDA_FUNCTION)));
    }

    @Test
    void everyKindButBucketsGetsOneRule() {
        List<String> ids = ResourceNameRule.forEveryKind().stream().map(ValidationRule::id).toList();

        assertEquals(List.of("lambda-function-name", "api-name", "sqs-queue-name", "dynamodb-table-name",
                "stepfunctions-name", "sns-topic-name", "eventbridge-rule-name", "kinesis-stream-name"), ids);
    }

    @Test
    void bucketsHaveTheirOwnRule() {
        assertThrows(IllegalArgumentException.class, () -> new ResourceNameRule(ServiceKind.S3_BUCKET));
    }
}
