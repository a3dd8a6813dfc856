package studio.serverless.runner.dynamodb.engine.store;

/** Opens and drops the stores of tables. */
public interface TableStoreProvider {

    /** @return the (new or existing) store of the table */
    TableStore open(String tableName);

    /** Drops every item of the table. @param tableName the table */
    void drop(String tableName);
}
