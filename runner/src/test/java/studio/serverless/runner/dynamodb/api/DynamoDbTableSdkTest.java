package studio.serverless.runner.dynamodb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.key;
import static studio.serverless.runner.dynamodb.api.DynamoDbTestCloud.string;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable and TTL through the real SDK. */
class DynamoDbTableSdkTest {
    private static final DynamoDbTestCloud CLOUD = new DynamoDbTestCloud();
    private final DynamoDbClient dynamodb = CLOUD.dynamodb;

    @AfterAll
    static void stop() {
        CLOUD.close();
    }

    @Test
    void aCreatedTableIsDescribedWithItsKeyIndexesAndArn() {
        String name = "orders-" + System.nanoTime();
        dynamodb.createTable(CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(string("pk"), string("sk"), string("status"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(gsi -> gsi.indexName("byStatus").keySchema(key("status", KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(lsi -> lsi.indexName("byStatusLocal").keySchema(key("pk", KeyType.HASH),
                        key("status", KeyType.RANGE)).projection(p -> p.projectionType(ProjectionType.ALL)))
                .billingMode(BillingMode.PAY_PER_REQUEST).build());

        TableDescription table = dynamodb.describeTable(b -> b.tableName(name)).table();

        assertEquals(TableStatus.ACTIVE, table.tableStatus());
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/" + name, table.tableArn());
        assertEquals(List.of(key("pk", KeyType.HASH), key("sk", KeyType.RANGE)), table.keySchema());
        assertEquals("byStatus", table.globalSecondaryIndexes().get(0).indexName());
        assertEquals("byStatusLocal", table.localSecondaryIndexes().get(0).indexName());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
        assertTrue(table.creationDateTime().isAfter(java.time.Instant.parse("2025-01-01T00:00:00Z")));
    }

    @Test
    void creatingAnExistingTableIsResourceInUse() {
        String name = CLOUD.newTable(false);
        ResourceInUseException error = assertThrows(ResourceInUseException.class, () -> dynamodb.createTable(b -> b
                .tableName(name).attributeDefinitions(string("pk")).keySchema(key("pk", KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)));
        assertEquals("Table already exists: " + name, error.awsErrorDetails().errorMessage());
    }

    @Test
    void describingAMissingTableIsResourceNotFoundNamingIt() {
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class,
                () -> dynamodb.describeTable(b -> b.tableName("missing-table")));
        assertEquals("Requested resource not found: Table: missing-table not found",
                error.awsErrorDetails().errorMessage());
        assertEquals(400, error.statusCode());
    }

    @Test
    void aKeySchemaOnAnUndefinedAttributeIsAValidationError() {
        String message = DynamoDbTestCloud.validationMessage(() -> dynamodb.createTable(b -> b
                .tableName("bad-key").attributeDefinitions(string("pk")).keySchema(key("id", KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)));
        assertEquals("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [id], AttributeDefinitions: [pk]", message);
    }

    @Test
    void listTablesPagesThroughEveryTableInNameOrder() {
        for (int i = 0; i < 5; i++) {
            CLOUD.newTable(false);
        }
        List<String> seen = new ArrayList<>();
        ListTablesResponse page = dynamodb.listTables(b -> b.limit(2));
        seen.addAll(page.tableNames());
        while (page.lastEvaluatedTableName() != null) {
            String start = page.lastEvaluatedTableName();
            page = dynamodb.listTables(b -> b.limit(2).exclusiveStartTableName(start));
            seen.addAll(page.tableNames());
        }
        assertEquals(dynamodb.listTables().tableNames(), seen);
        assertEquals(seen.stream().sorted().toList(), seen);
        assertEquals(seen, dynamodb.listTablesPaginator(b -> b.limit(3)).tableNames().stream().toList());
    }

    @Test
    void updateTableAddsAndDeletesIndexesChangesBillingAndEnablesTheStream() {
        String name = CLOUD.newTable(false);
        TableDescription added = dynamodb.updateTable(b -> b.tableName(name).attributeDefinitions(string("email"))
                .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byEmail")
                        .keySchema(key("email", KeyType.HASH)).projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))).build())
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(5L))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
                .tableDescription();
        assertEquals("byEmail", added.globalSecondaryIndexes().get(0).indexName());
        assertEquals(5L, added.provisionedThroughput().readCapacityUnits());
        assertEquals(StreamViewType.NEW_IMAGE, added.streamSpecification().streamViewType());
        assertTrue(added.latestStreamArn().startsWith(added.tableArn() + "/stream/"));

        TableDescription removed = dynamodb.updateTable(b -> b.tableName(name).globalSecondaryIndexUpdates(
                GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("byEmail")).build())).tableDescription();
        assertTrue(removed.globalSecondaryIndexes().isEmpty());
    }

    @Test
    void aDeletedTableIsGone() {
        String name = CLOUD.newTable(false);
        assertEquals(TableStatus.DELETING, dynamodb.deleteTable(b -> b.tableName(name)).tableDescription()
                .tableStatus());
        assertThrows(ResourceNotFoundException.class, () -> dynamodb.describeTable(b -> b.tableName(name)));
        assertThrows(ResourceNotFoundException.class, () -> dynamodb.deleteTable(b -> b.tableName(name)));
    }

    @Test
    void timeToLiveIsEnabledAndDescribed() {
        String name = CLOUD.newTable(false);
        assertEquals(TimeToLiveStatus.DISABLED, dynamodb.describeTimeToLive(b -> b.tableName(name))
                .timeToLiveDescription().timeToLiveStatus());
        dynamodb.updateTimeToLive(b -> b.tableName(name).timeToLiveSpecification(s -> s.enabled(true)
                .attributeName("expiresAt")));
        var description = dynamodb.describeTimeToLive(b -> b.tableName(name)).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, description.timeToLiveStatus());
        assertEquals("expiresAt", description.attributeName());
        assertEquals("TimeToLive is already enabled", DynamoDbTestCloud.validationMessage(() -> dynamodb
                .updateTimeToLive(b -> b.tableName(name).timeToLiveSpecification(s -> s.enabled(true)
                        .attributeName("expiresAt")))));
    }
}
