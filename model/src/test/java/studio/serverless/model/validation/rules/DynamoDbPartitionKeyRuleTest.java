package studio.serverless.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.model.validation.rules.DiagramFixture.assertFinding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Severity;

class DynamoDbPartitionKeyRuleTest {

    private final DiagramFixture fixture = new DiagramFixture();
    private final DynamoDbPartitionKeyRule rule = new DynamoDbPartitionKeyRule();

    @Test
    void tableWithPartitionKeyAndNoSortKeyIsFine() {
        fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", "partitionKey", "orderId", "sortKey", "");

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void tableWithoutPartitionKeyIsAnError(String partitionKey) {
        ServiceId table = fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", "partitionKey", partitionKey);

        assertFinding(fixture.single(rule), "dynamodb-partition-key", Severity.ERROR, List.of(table),
                "Every table needs a partition key");
    }

    @Test
    void keyNameOf255BytesIsFine() {
        fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", "partitionKey", "k".repeat(255));

        assertEquals(List.of(), fixture.check(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"partitionKey", "sortKey"})
    void keyNameOver255BytesIsAnError(String property) {
        ServiceId table = fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", property, "k".repeat(256));

        assertFinding(fixture.single(rule), "dynamodb-partition-key", Severity.ERROR, List.of(table),
                "256 bytes", "1 to 255");
    }

    @Test
    void keyNameLengthCountsUtf8Bytes() {
        ServiceId table = fixture.add(ServiceKind.DYNAMODB_TABLE, "orders", "partitionKey", "é".repeat(128));

        assertFinding(fixture.single(rule), "dynamodb-partition-key", Severity.ERROR, List.of(table), "256 bytes");
    }
}
