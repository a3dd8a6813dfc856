package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class DynamoDbStreamRequiredRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final DynamoDbStreamRequiredRule rule = new DynamoDbStreamRequiredRule();

    @Test
    void streamTriggerOnTableWithStreamIsFine() {
        ServiceId table = fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", "streamViewType", "NEW_IMAGE");
        ServiceId function = fixture.add(ServiceKind.LAMBDA_FUNCTION, "audit");
        fixture.connect(ConnectionType.DYNAMODB_STREAM, table, function);

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void tableWithoutStreamAndWithoutTriggerIsFine() {
        fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", "streamViewType", "NONE");

        assertEquals(List.of(), fixture.check(rule));
    }

    @Test
    void streamTriggerOnTableWithoutStreamIsAnError() {
        ServiceId table = fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", "streamViewType", "NONE");
        ServiceId audit = fixture.add(ServiceKind.LAMBDA_FUNCTION, "audit");
        ServiceId search = fixture.add(ServiceKind.LAMBDA_FUNCTION, "index");
        ConnectionId first = fixture.connect(ConnectionType.DYNAMODB_STREAM, table, audit);
        ConnectionId second = fixture.connect(ConnectionType.DYNAMODB_STREAM, table, search);

        assertFinding(fixture.single(rule), "dynamodb-stream-required", Severity.ERROR,
                List.of(table, first, second), "'orders'", "NONE");
    }
}
