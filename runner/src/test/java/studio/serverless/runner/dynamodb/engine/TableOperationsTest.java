package studio.serverless.runner.dynamodb.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.TABLE;
import static studio.serverless.runner.dynamodb.engine.EngineFixture.item;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.dynamodb.engine.query.QueryRequest;
import studio.serverless.runner.dynamodb.engine.query.QueryResult;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.IndexDefinition;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.table.Projection;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;
import studio.serverless.runner.dynamodb.engine.table.UpdateTableRequest;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

class TableOperationsTest {
    private static final KeySchemaElement PK = new KeySchemaElement("pk", KeySchemaElement.KeyType.HASH);

    private final EngineFixture fixture = new EngineFixture();

    @Test
    void createdTableIsActiveWithItsArn() {
        TableDescription description = fixture.withTable().engine.describeTable(TABLE);
        assertEquals("ACTIVE", description.tableStatus());
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/orders", description.tableArn());
    }

    @Test
    void keyAttributeMissingFromDefinitionsIsRefused() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> fixture.engine.createTable(
                CreateTableRequest.onDemand("things", List.of(), List.of(PK))));
        assertEquals("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [pk], AttributeDefinitions: []", error.getMessage());
    }

    @Test
    void creatingAnExistingTableIsResourceInUse() {
        fixture.withTable();
        DynamoDbException error = assertThrows(DynamoDbException.class, fixture::withTable);
        assertEquals(DynamoDbError.RESOURCE_IN_USE, error.error());
    }

    @Test
    void describingAMissingTableNamesIt() {
        DynamoDbException error = assertThrows(DynamoDbException.class, () -> fixture.engine.describeTable("nope"));
        assertEquals("Requested resource not found: Table: nope not found", error.getMessage());
    }

    @Test
    void listTablesPagesInNameOrder() {
        for (String name : List.of("ccc", "aaa", "bbb")) {
            fixture.engine.createTable(CreateTableRequest.onDemand(name,
                    List.of(new AttributeDefinition("pk", AttributeType.S)), List.of(PK)));
        }
        TableList first = fixture.engine.listTables(null, 2);
        TableList second = fixture.engine.listTables(first.lastEvaluatedTableName(), 2);
        assertEquals(List.of("aaa", "bbb"), first.tableNames());
        assertEquals(List.of("ccc"), second.tableNames());
        assertEquals(null, second.lastEvaluatedTableName());
    }

    @Test
    void globalIndexAddedLaterCanBeQueried() {
        fixture.withTable();
        fixture.put(item("pk", "a", "sk", 1, "status", "open"));
        fixture.put(item("pk", "b", "sk", 2, "status", "open"));
        fixture.put(item("pk", "c", "sk", 3));
        fixture.engine.updateTable(new UpdateTableRequest(TABLE, List.of(new AttributeDefinition("status",
                AttributeType.S)), null, null, List.of(new IndexDefinition("byStatus", List.of(new KeySchemaElement(
                "status", KeySchemaElement.KeyType.HASH)), Projection.all(), null)), null, null));
        QueryResult result = fixture.engine.query(new QueryRequest(TABLE, "byStatus", "#s = :o", null, null,
                Map.of("#s", "status"), Map.of(":o", AttributeValue.s("open")), null, null, null, null));
        assertEquals(2, result.count());
        assertEquals(2, fixture.engine.describeTable(TABLE).globalSecondaryIndexes().get(0).itemCount());
    }

    @Test
    void deletedTableIsGone() {
        fixture.withTable();
        assertEquals("DELETING", fixture.engine.deleteTable(TABLE).tableStatus());
        assertThrows(DynamoDbException.class, () -> fixture.engine.describeTable(TABLE));
    }
}
