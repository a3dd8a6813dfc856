package studio.serverless.runner.dynamodb.engine;

import java.util.List;
import studio.serverless.runner.dynamodb.engine.query.MaintainedIndex;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.SecondaryIndex;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;

/** Builds the TableDescription of a live table. */
final class TableDescriber {
    private TableDescriber() {
    }

    static TableDescription describe(Table table, String status) {
        TableDefinition definition = table.definition();
        List<AttributeDefinition> attributes = definition.attributeTypes().entrySet().stream()
                .map(entry -> new AttributeDefinition(entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparing(AttributeDefinition::attributeName)).toList();
        return new TableDescription(definition.name(), definition.tableArn(), definition.tableId(), status,
                definition.creationDateTime(), attributes, definition.keySchema().elements(),
                table.store().itemCount(), table.store().sizeBytes(), definition.billingMode(),
                definition.throughput(), indexes(table, true), indexes(table, false),
                definition.streamLabel() == null ? null : definition.stream(), definition.streamLabel(),
                definition.streamArn());
    }

    private static List<TableDescription.IndexDescription> indexes(Table table, boolean global) {
        return table.definition().indexes(global).stream().map(index -> index(table, index)).toList();
    }

    private static TableDescription.IndexDescription index(Table table, SecondaryIndex index) {
        MaintainedIndex maintained = table.indexes().get(index.name());
        return new TableDescription.IndexDescription(index.name(), index.keySchema().elements(), index.projection(),
                index.global() ? "ACTIVE" : null, maintained.itemCount(), maintained.sizeBytes(),
                table.definition().tableArn() + "/index/" + index.name(),
                index.global() ? index.throughput() : null);
    }
}
