package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class JsonPropertyRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final JsonPropertyRule rule = new JsonPropertyRule();

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"StartAt\": \"Work\", \"States\": {}}", "[1, 2]", "\"text\""})
    void emptyOrValidJsonIsFine(String definition) {
        fixture.add(ServiceKind.STEP_FUNCTIONS, "flow", "definition", definition);

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void invalidDefinitionIsAnErrorNamingThePropertyAndPosition() {
        ServiceId flow = fixture.add(ServiceKind.STEP_FUNCTIONS, "flow", "definition",
                "{\n  \"StartAt\": \"Work\",\n  States: {}\n}");

        assertFinding(fixture.single(rule), "json-property", Severity.ERROR, List.of(flow), "Definition",
                "line 3, column 3");
    }

    @Test
    void trailingTextAfterTheDocumentIsAnError() {
        ServiceId flow = fixture.add(ServiceKind.STEP_FUNCTIONS, "flow", "definition", "{} {}");

        assertFinding(fixture.single(rule), "json-property", Severity.ERROR, List.of(flow), "Definition");
    }

    @Test
    void invalidFilterPolicyIsAnErrorOnTheSubscription() {
        ServiceId topic = fixture.add(ServiceKind.SNS_TOPIC, "orders");
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "billing");
        ConnectionId subscription = fixture.connect(ConnectionType.SNS_SUBSCRIPTION, topic, queue,
                "filterPolicy", "{\"type\": [\"paid\"");

        assertFinding(fixture.single(rule), "json-property", Severity.ERROR, List.of(subscription),
                "Filter policy", "line 1");
    }

    @Test
    void invalidTargetInputIsAnErrorOnTheTarget() {
        ServiceId eventRule = fixture.add(ServiceKind.EVENTBRIDGE_RULE, "tick", "trigger", "SCHEDULE");
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "cleanup");
        ConnectionId target = fixture.connect(ConnectionType.EVENTBRIDGE_TARGET, eventRule, function,
                "input", "{'mode': 'full'}");

        assertFinding(fixture.single(rule), "json-property", Severity.ERROR, List.of(target), "Constant input",
                "line 1, column 2");
    }

    @Test
    void textPropertiesAreNotParsed() {
        fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "handler", "{not json");

        assertEquals(List.of(), fixture.check(rule));
    }
}
