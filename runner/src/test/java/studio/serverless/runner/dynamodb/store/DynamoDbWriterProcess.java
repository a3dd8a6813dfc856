package studio.serverless.runner.dynamodb.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;
import studio.serverless.runner.dynamodb.engine.table.AttributeDefinition;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.transact.TransactWriteItem;
import studio.serverless.runner.dynamodb.engine.value.AttributeType;

/**
 * A local cloud with a data folder in its own process, writing items as fast as it can so a test can kill it with
 * SIGKILL mid-stream. Even steps put one item into "orders"; odd steps write one item into both "orders" and
 * "ledger" in a transaction. After each acknowledged step it prints {@code ACK n}.
 */
public final class DynamoDbWriterProcess {
    static final String ORDERS = "orders";
    static final String LEDGER = "ledger";

    private DynamoDbWriterProcess() {
    }

    /** Entry point: {@code DynamoDbWriterProcess FOLDER STEPS}. */
    public static void main(String[] args) {
        LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(Path.of(args[0])));
        DynamoDbEngine engine = cloud.dynamoDb();
        for (String table : List.of(ORDERS, LEDGER)) {
            engine.createTable(CreateTableRequest.onDemand(table, List.of(new AttributeDefinition("id",
                    AttributeType.S)), List.of(DurableTables.hash("id"))));
        }
        int steps = Integer.parseInt(args[1]);
        for (int step = 0; step < steps; step++) {
            String id = "item-" + step;
            if (step % 2 == 0) {
                DurableTables.put(engine, ORDERS, DurableTables.item("id", id, "step", step));
            } else {
                engine.transactWriteItems(List.of(
                        new TransactWriteItem.Put(ORDERS, DurableTables.item("id", id, "step", step), null),
                        new TransactWriteItem.Put(LEDGER, DurableTables.item("id", id, "step", step), null)));
            }
            System.out.println("ACK " + step);
            System.out.flush();
        }
        cloud.stop();
    }
}
