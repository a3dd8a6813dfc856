package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import studio.serverless.runner.dynamodb.engine.table.KeySchemaElement;
import studio.serverless.runner.dynamodb.engine.table.Projection;
import studio.serverless.runner.dynamodb.engine.table.ProvisionedThroughput;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;

/** Writes a TableDescription as DescribeTable's JSON, member for member. */
final class TableJson {
    private TableJson() {
    }

    static ObjectNode description(TableDescription table) {
        ObjectNode node = ResponseJson.object();
        ArrayNode definitions = node.putArray("AttributeDefinitions");
        table.attributeDefinitions().forEach(definition -> definitions.addObject()
                .put("AttributeName", definition.attributeName())
                .put("AttributeType", definition.attributeType().name()));
        node.put("TableName", table.tableName());
        node.set("KeySchema", keySchema(table.keySchema()));
        node.put("TableStatus", table.tableStatus());
        node.put("CreationDateTime", ResponseJson.epochSeconds(table.creationDateTime()));
        node.set("ProvisionedThroughput", throughput(table.provisionedThroughput()));
        node.put("TableSizeBytes", table.tableSizeBytes()).put("ItemCount", table.itemCount());
        node.put("TableArn", table.tableArn()).put("TableId", table.tableId());
        node.putObject("BillingModeSummary").put("BillingMode", table.billingMode().name());
        if (!table.localSecondaryIndexes().isEmpty()) {
            node.set("LocalSecondaryIndexes", indexes(table.localSecondaryIndexes()));
        }
        if (!table.globalSecondaryIndexes().isEmpty()) {
            node.set("GlobalSecondaryIndexes", indexes(table.globalSecondaryIndexes()));
        }
        if (table.streamSpecification() != null) {
            ObjectNode stream = node.putObject("StreamSpecification")
                    .put("StreamEnabled", table.streamSpecification().streamEnabled());
            if (table.streamSpecification().streamViewType() != null) {
                stream.put("StreamViewType", table.streamSpecification().streamViewType().name());
            }
            node.put("LatestStreamLabel", table.latestStreamLabel()).put("LatestStreamArn", table.latestStreamArn());
        }
        node.put("DeletionProtectionEnabled", false);
        return node;
    }

    static ArrayNode keySchema(List<KeySchemaElement> elements) {
        ArrayNode array = ResponseJson.array();
        elements.forEach(element -> array.addObject().put("AttributeName", element.attributeName())
                .put("KeyType", element.keyType().name()));
        return array;
    }

    private static ArrayNode indexes(List<TableDescription.IndexDescription> indexes) {
        ArrayNode array = ResponseJson.array();
        for (TableDescription.IndexDescription index : indexes) {
            ObjectNode node = array.addObject().put("IndexName", index.indexName());
            node.set("KeySchema", keySchema(index.keySchema()));
            node.set("Projection", projection(index.projection()));
            if (index.indexStatus() != null) {
                node.put("IndexStatus", index.indexStatus());
            }
            if (index.provisionedThroughput() != null) {
                node.set("ProvisionedThroughput", throughput(index.provisionedThroughput()));
            }
            node.put("IndexSizeBytes", index.indexSizeBytes()).put("ItemCount", index.itemCount())
                    .put("IndexArn", index.indexArn());
        }
        return array;
    }

    private static ObjectNode projection(Projection projection) {
        ObjectNode node = ResponseJson.object().put("ProjectionType", projection.projectionType().name());
        if (!projection.nonKeyAttributes().isEmpty()) {
            node.set("NonKeyAttributes", ResponseJson.strings(projection.nonKeyAttributes()));
        }
        return node;
    }

    private static ObjectNode throughput(ProvisionedThroughput throughput) {
        return ResponseJson.object().put("NumberOfDecreasesToday", 0)
                .put("ReadCapacityUnits", throughput.readCapacityUnits())
                .put("WriteCapacityUnits", throughput.writeCapacityUnits());
    }
}
