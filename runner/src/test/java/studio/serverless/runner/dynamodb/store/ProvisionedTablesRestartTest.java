package studio.serverless.runner.dynamodb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static studio.serverless.runner.dynamodb.store.DurableTables.get;
import static studio.serverless.runner.dynamodb.store.DurableTables.item;
import static studio.serverless.runner.dynamodb.store.DurableTables.put;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.provision.DiagramProvisioner;

/** Running a diagram again on the same data folder finds its tables as they were left, items included. */
class ProvisionedTablesRestartTest {
    private static final String TABLE = "studio-example-order-status";

    @TempDir
    Path data;

    @Test
    void aDiagramRunAgainKeepsTheItemsOfItsTables() throws Exception {
        Diagram diagram = DiagramFiles.load(Path.of("..", "examples", "order-status-changes.studio.json"));
        DurableTables tables = new DurableTables(data);
        String tableId;
        try (LocalCloud cloud = tables.start()) {
            DiagramProvisioner.forCloud(cloud).provision(diagram);
            tableId = cloud.dynamoDb().describeTable(TABLE).tableId();
            put(cloud.dynamoDb(), TABLE, item("orderId", "o-1", "status", "shipped"));
        }

        try (LocalCloud cloud = tables.start()) {
            DiagramProvisioner.forCloud(cloud).provision(diagram);
            assertEquals(tableId, cloud.dynamoDb().describeTable(TABLE).tableId());
            assertEquals(item("orderId", "o-1", "status", "shipped"),
                    get(cloud.dynamoDb(), TABLE, item("orderId", "o-1")));
        }
    }
}
