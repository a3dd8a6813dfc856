package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class EventBridgeScheduleRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final EventBridgeScheduleRule rule = new EventBridgeScheduleRule();

    @ParameterizedTest
    @ValueSource(strings = {"rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)",
            "rate(7 days)", "cron(0 12 * * ? *)", "cron(15 10 ? * MON-FRI *)", "cron(0/5 8-17 ? * 2-6 2030)",
            "cron(0 0 1 * ? *)"})
    void validScheduleIsFine(String expression) {
        fixture.add(ServiceKind.EVENTBRIDGE_RULE, "tick", "trigger", "SCHEDULE", "scheduleExpression", expression);

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rate(1 minutes)          | needs the unit 'minute'",
            "rate(5 minute)           | needs the unit 'minutes'",
            "rate(2 day)              | needs the unit 'days'",
            "rate(0 minutes)          | not a positive whole number",
            "rate(-3 hours)           | not a positive whole number",
            "rate(1.5 hours)          | not a positive whole number",
            "rate(5 seconds)          | 'seconds'",
            "rate(5 weeks)            | 'weeks'",
            "cron(0 12 * * *)         | 6 fields",
            "cron(0 12 * * ? * *)     | 6 fields",
            "cron(0 12 * * * *)       | exactly one of day-of-month",
            "cron(0 12 ? * ? *)       | exactly one of day-of-month",
            "cron(? 12 1 * ? *)       | ? is allowed only",
            "every 5 minutes          | neither a rate",
            "''                       | neither a rate"})
    void invalidScheduleIsAnError(String expression, String fact) {
        ServiceId eventRule = fixture.add(ServiceKind.EVENTBRIDGE_RULE, "tick", "trigger", "SCHEDULE",
                "scheduleExpression", expression);

        Diagnostic diagnostic = fixture.single(rule);

        assertFinding(diagnostic, "eventbridge-schedule", Severity.ERROR, List.of(eventRule), fact);
        assertTrue(diagnostic.fix().contains("rate(5 minutes)") && diagnostic.fix().contains("cron("));
    }

    @Test
    void scheduleOfRuleOnEventsIsNotChecked() {
        fixture.add(ServiceKind.EVENTBRIDGE_RULE, "on-order", "trigger", "EVENT_PATTERN",
                "scheduleExpression", "whenever");

        assertEquals(List.of(), fixture.check(rule));
    }
}
