package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;
import studio.serverless.runner.dynamodb.engine.TableList;
import studio.serverless.runner.dynamodb.engine.table.IndexDefinition;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;
import studio.serverless.runner.dynamodb.engine.table.TimeToLiveDescription;
import studio.serverless.runner.dynamodb.engine.table.UpdateTableRequest;

/** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable, UpdateTimeToLive and DescribeTimeToLive. */
final class TableActions {
    private TableActions() {
    }

    static Map<String, DynamoDbAction> all(DynamoDbEngine engine) {
        return Map.of(
                "CreateTable", request -> wrap("TableDescription", engine.createTable(TableRequests.create(request),
                        TagActions.tags(request))),
                "DescribeTable", request -> wrap("Table", engine.describeTable(request.tableName())),
                "UpdateTable", request -> wrap("TableDescription", engine.updateTable(update(request))),
                "DeleteTable", request -> wrap("TableDescription", engine.deleteTable(request.tableName())),
                "ListTables", request -> list(engine, request),
                "UpdateTimeToLive", request -> updateTimeToLive(engine, request),
                "DescribeTimeToLive", request -> describeTimeToLive(engine.describeTimeToLive(request.tableName())));
    }

    private static ObjectNode wrap(String member, TableDescription description) {
        ObjectNode node = ResponseJson.object();
        node.set(member, TableJson.description(description));
        return node;
    }

    private static ObjectNode list(DynamoDbEngine engine, RequestReader request) {
        TableList page = engine.listTables(request.string("ExclusiveStartTableName"), request.integer("Limit"));
        ObjectNode node = ResponseJson.object();
        node.set("TableNames", ResponseJson.strings(page.tableNames()));
        if (page.lastEvaluatedTableName() != null) {
            node.put("LastEvaluatedTableName", page.lastEvaluatedTableName());
        }
        return node;
    }

    private static UpdateTableRequest update(RequestReader request) {
        List<IndexDefinition> creates = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        request.list("GlobalSecondaryIndexUpdates", node -> gsiUpdate(node, creates, deletes));
        return new UpdateTableRequest(request.tableName(), TableRequests.attributeDefinitions(request),
                request.enumValue("BillingMode", studio.serverless.runner.dynamodb.engine.table.BillingMode.class),
                TableRequests.throughput(request), creates, deletes, TableRequests.streamSpecification(request));
    }

    /** One GlobalSecondaryIndexUpdates entry: Create or Delete; Update (capacity) is accepted and has no effect. */
    private static Void gsiUpdate(JsonNode node, List<IndexDefinition> creates, List<String> deletes) {
        RequestReader update = new RequestReader(node);
        if (update.has("Create")) {
            creates.add(TableRequests.index(node.get("Create")));
        } else if (update.has("Delete")) {
            deletes.add(update.structure("Delete").requiredString("IndexName"));
        } else if (!update.has("Update")) {
            throw DynamoDbException.invalidParameter("One of GlobalSecondaryIndexUpdate.Create, Update or Delete "
                    + "must be specified");
        }
        return null;
    }

    private static ObjectNode updateTimeToLive(DynamoDbEngine engine, RequestReader request) {
        String table = request.tableName();
        RequestReader specification = request.requiredStructure("TimeToLiveSpecification");
        boolean enabled = specification.required("TimeToLiveSpecification.Enabled", specification.bool("Enabled"));
        TimeToLiveDescription result = engine.updateTimeToLive(table, enabled,
                specification.string("AttributeName"));
        ObjectNode node = ResponseJson.object();
        node.putObject("TimeToLiveSpecification").put("Enabled", enabled)
                .put("AttributeName", result.attributeName());
        return node;
    }

    private static ObjectNode describeTimeToLive(TimeToLiveDescription description) {
        ObjectNode node = ResponseJson.object();
        ObjectNode ttl = node.putObject("TimeToLiveDescription").put("TimeToLiveStatus",
                description.timeToLiveStatus());
        if (description.attributeName() != null) {
            ttl.put("AttributeName", description.attributeName());
        }
        return node;
    }
}
