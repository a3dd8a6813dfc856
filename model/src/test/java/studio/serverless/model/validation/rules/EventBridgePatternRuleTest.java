package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class EventBridgePatternRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final EventBridgePatternRule rule = new EventBridgePatternRule();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"source\": [\"orders\"]}",
            "{\"source\": [\"orders\"], \"detail\": {\"status\": [\"PAID\", \"SHIPPED\"]}}",
            "{\"detail\": {\"amount\": [{\"numeric\": [\">\", 100]}]}}",
            "{\"detail-type\": [{\"prefix\": \"Order\"}]}"})
    void objectWithArrayValuesIsFine(String pattern) {
        fixture.add(ServiceKind.EVENTBRIDGE_RULE, "on-order", "trigger", "EVENT_PATTERN", "eventPattern", pattern);

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void missingPatternIsAnError(String pattern) {
        ServiceId eventRule = fixture.add(ServiceKind.EVENTBRIDGE_RULE, "on-order", "trigger", "EVENT_PATTERN",
                "eventPattern", pattern);

        assertFinding(fixture.single(rule), "eventbridge-pattern", Severity.ERROR, List.of(eventRule),
                "no event pattern");
    }

    @Test
    void unsetPatternIsAnError() {
        ServiceId eventRule = fixture.add(ServiceKind.EVENTBRIDGE_RULE, "on-order", "trigger", "EVENT_PATTERN",
                "eventPattern", null);

        assertFinding(fixture.single(rule), "eventbridge-pattern", Severity.ERROR, List.of(eventRule),
                "no event pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"orders\"]", "\"orders\"", "42"})
    void patternThatIsNotAnObjectIsAnError(String pattern) {
        ServiceId eventRule = fixture.add(ServiceKind.EVENTBRIDGE_RULE, "on-order", "trigger", "EVENT_PATTERN",
                "eventPattern", pattern);

        assertFinding(fixture.single(rule), "eventbridge-pattern", Severity.ERROR, List.of(eventRule),
                "not a JSON object");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"source\": \"orders\"}                                  | 'source'",
            "{\"source\": [\"orders\"], \"detail\": {\"status\": \"PAID\"}} | 'detail.status'",
            "{\"detail\": {\"count\": 3}}                              | 'detail.count'"})
    void matchValueOutsideAnArrayIsAnError(String pattern, String path) {
        ServiceId eventRule = fixture.add(ServiceKind.EVENTBRIDGE_RULE, "on-order", "trigger", "EVENT_PATTERN",
                "eventPattern", pattern);

        assertFinding(fixture.single(rule), "eventbridge-pattern", Severity.ERROR, List.of(eventRule), path,
                "not an array");
    }

    @Test
    void textThatIsNotJsonIsLeftToTheJsonRule() {
        fixture.add(ServiceKind.EVENTBRIDGE_RULE, "on-order", "trigger", "EVENT_PATTERN", "eventPattern", "{source");

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void patternOfScheduledRuleIsNotChecked() {
        fixture.add(ServiceKind.EVENTBRIDGE_RULE, "tick", "trigger", "SCHEDULE", "eventPattern", "");

        assertEquals(List.of(), fixture.check(rule));
    }
}
