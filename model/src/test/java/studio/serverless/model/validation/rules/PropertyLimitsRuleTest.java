package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class PropertyLimitsRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final PropertyLimitsRule rule = new PropertyLimitsRule();

    @Test
    void catalogueDefaultsOfEveryKindAndConnectionKeepTheLimits() {
        for (ServiceKind kind : ServiceKind.values()) {
            fixture.add(kind, kind.id() + "-name");
        }
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs");
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker");
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function);

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @CsvSource({
            "memorySize, 64, 128 to 10240",
            "memorySize, 20000, 128 to 10240",
            "timeout, 0, 1 to 900",
            "timeout, 901, 1 to 900",
            "reservedConcurrency, 5000, 0 to 1000",
            "ephemeralStorage, 256, 512 to 10240"})
    void functionNumberOutsideAwsRangeIsAnError(String property, int value, String range) {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", property, value);

        Diagnostic diagnostic = fixture.single(rule);

        assertFinding(diagnostic, "property-limits", Severity.ERROR, List.of(function), "is " + value, range);
    }

    @Test
    void choiceOutsideTheCataloguesChoicesIsAnError() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "runtime", "python2.7");

        assertFinding(fixture.single(rule), "property-limits", Severity.ERROR, List.of(function),
                "'python2.7'", "python3.13");
    }

    @Test
    void missingRequiredPropertyIsAnError() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "timeout", null);

        assertFinding(fixture.single(rule), "property-limits", Severity.ERROR, List.of(function),
                "Timeout (s)", "required");
    }

    @Test
    void unsetOptionalPropertyIsFine() {
        fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "reservedConcurrency", null);

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void valueOfTheWrongTypeIsAnError() {
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker", "memorySize", "lots");

        assertFinding(fixture.single(rule), "property-limits", Severity.ERROR, List.of(function),
                "Memory (MB)", "a whole number", "lots");
    }

    @Test
    void connectionPropertyOutsideAwsRangeIsAnErrorOnTheConnection() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs");
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "worker");
        ConnectionId source = fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, function,
                "batchSize", 20000);

        Diagnostic diagnostic = fixture.single(rule);

        assertFinding(diagnostic, "property-limits", Severity.ERROR, List.of(source), "20000", "1 to 10000");
        assertTrue(diagnostic.fix().contains("Batch size"));
    }

    @Test
    void illegalConnectionIsLeftToItsOwnRule() {
        ServiceId queue = fixture.add(ServiceKind.SQS_QUEUE, "jobs");
        ServiceId table = fixture.add(ServiceKind.DYNAMODB_TABLE, "orders");
        fixture.connect(ConnectionType.SQS_EVENT_SOURCE, queue, table, "batchSize", 20000);

        assertEquals(List.of(), fixture.check(rule));
    }
}
