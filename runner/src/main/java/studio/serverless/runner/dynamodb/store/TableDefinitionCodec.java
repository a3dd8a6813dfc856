package studio.serverless.runner.dynamodb.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.runner.dynamodb.engine.stream.StreamViewType;
import studio.serverless.runner.dynamodb.engine.table.BillingMode;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.table.Projection;
import studio.serverless.runner.dynamodb.engine.table.ProvisionedThroughput;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.StreamSpecification;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;
import studio.serverless.runner.storage.StorageException;

/**
 * A table definition as a JSON text column. The fields are written one by one rather than by reflection, so the
 * stored form stays the same when the engine's records change, and a field the engine adds fails to compile here
 * instead of silently going unsaved.
 */
final class TableDefinitionCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TableDefinitionCodec() {
    }

    /** @return the definition as JSON text */
    static String write(TableDefinition table) {
        ObjectNode node = JSON.createObjectNode().put("name", table.name()).put("tableArn", table.tableArn())
                .put("tableId", table.tableId()).put("created", table.creationDateTime().toString())
                .put("billingMode", table.billingMode().name()).put("streamLabel", table.streamLabel())
                .put("timeToLiveAttribute", table.timeToLiveAttribute());
        ObjectNode types = node.putObject("attributeTypes");
        table.attributeTypes().forEach((name, type) -> types.put(name, type.name()));
        node.set("keySchema", key(table.keySchema()));
        node.set("throughput", throughput(table.throughput()));
        node.putObject("stream").put("enabled", table.stream().streamEnabled()).put("viewType",
                table.stream().streamViewType() == null ? null : table.stream().streamViewType().name());
        ArrayNode indexes = node.putArray("indexes");
        table.indexes().values().forEach(index -> indexes.add(index(index)));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write the definition of table " + table.name(), e);
        }
    }

    /** @return the definition the JSON text holds */
    static TableDefinition read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Map<String, AttributeType> types = new LinkedHashMap<>();
            node.path("attributeTypes").fields().forEachRemaining(field ->
                    types.put(field.getKey(), AttributeType.valueOf(field.getValue().textValue())));
            Map<String, SecondaryIndex> indexes = new LinkedHashMap<>();
            node.path("indexes").forEach(index -> indexes.put(index.path("name").textValue(), index(index)));
            JsonNode stream = node.path("stream");
            return new TableDefinition(node.path("name").textValue(), node.path("tableArn").textValue(),
                    node.path("tableId").textValue(), Instant.parse(node.path("created").textValue()), types,
                    key(node.path("keySchema")), indexes, BillingMode.valueOf(node.path("billingMode").textValue()),
                    throughput(node.path("throughput")), new StreamSpecification(stream.path("enabled").asBoolean(),
                    stream.path("viewType").isTextual() ? StreamViewType.valueOf(stream.path("viewType").textValue())
                            : null), node.path("streamLabel").textValue(), node.path("timeToLiveAttribute").textValue());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StorageException("a stored table definition is damaged", e);
        }
    }

    private static ObjectNode index(SecondaryIndex index) {
        ObjectNode node = JSON.createObjectNode().put("name", index.name()).put("global", index.global());
        node.set("keySchema", key(index.keySchema()));
        ArrayNode nonKey = node.putObject("projection").put("type", index.projection().projectionType().name())
                .putArray("nonKeyAttributes");
        index.projection().nonKeyAttributes().forEach(nonKey::add);
        node.set("throughput", throughput(index.throughput()));
        return node;
    }

    private static SecondaryIndex index(JsonNode node) {
        List<String> nonKey = new ArrayList<>();
        node.path("projection").path("nonKeyAttributes").forEach(name -> nonKey.add(name.textValue()));
        Projection projection = new Projection(Projection.ProjectionType.valueOf(
                node.path("projection").path("type").textValue()), nonKey);
        return new SecondaryIndex(node.path("name").textValue(), key(node.path("keySchema")), projection,
                node.path("global").asBoolean(), throughput(node.path("throughput")));
    }

    private static ObjectNode key(KeySchema key) {
        return JSON.createObjectNode().put("partitionKey", key.partitionKey()).put("sortKey", key.sortKey());
    }

    private static KeySchema key(JsonNode node) {
        return new KeySchema(node.path("partitionKey").textValue(), node.path("sortKey").textValue());
    }

    private static JsonNode throughput(ProvisionedThroughput throughput) {
        return throughput == null ? JSON.nullNode() : JSON.createObjectNode()
                .put("read", throughput.readCapacityUnits()).put("write", throughput.writeCapacityUnits());
    }

    private static ProvisionedThroughput throughput(JsonNode node) {
        return node.isObject() ? new ProvisionedThroughput(node.path("read").asLong(), node.path("write").asLong())
                : null;
    }
}
