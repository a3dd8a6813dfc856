package studio.serverless.runner.dynamodb.engine;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import studio.serverless.runner.dynamodb.engine.batch.BatchGetResult;
import studio.serverless.runner.dynamodb.engine.batch.KeysAndAttributes;
import studio.serverless.runner.dynamodb.engine.batch.WriteRequest;
import studio.serverless.runner.dynamodb.engine.item.DeleteItemRequest;
import studio.serverless.runner.dynamodb.engine.item.GetItemRequest;
import studio.serverless.runner.dynamodb.engine.item.ItemResult;
import studio.serverless.runner.dynamodb.engine.item.PutItemRequest;
import studio.serverless.runner.dynamodb.engine.item.UpdateItemRequest;
import studio.serverless.runner.dynamodb.engine.query.QueryOperation;
import studio.serverless.runner.dynamodb.engine.query.QueryRequest;
import studio.serverless.runner.dynamodb.engine.query.QueryResult;
import studio.serverless.runner.dynamodb.engine.query.ScanOperation;
import studio.serverless.runner.dynamodb.engine.query.ScanRequest;
import studio.serverless.runner.dynamodb.engine.store.InMemoryTableStoreProvider;
import studio.serverless.runner.dynamodb.engine.store.PrimaryKey;
import studio.serverless.runner.dynamodb.engine.store.TableStoreProvider;
import studio.serverless.runner.dynamodb.engine.stream.StreamListener;
import studio.serverless.runner.dynamodb.engine.stream.StreamLog;
import studio.serverless.runner.dynamodb.engine.stream.StreamPublisher;
import studio.serverless.runner.dynamodb.engine.table.CreateTableRequest;
import studio.serverless.runner.dynamodb.engine.table.KeySchema;
import studio.serverless.runner.dynamodb.engine.table.TableDefinition;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;
import studio.serverless.runner.dynamodb.engine.table.TimeToLiveDescription;
import studio.serverless.runner.dynamodb.engine.table.UpdateTableRequest;
import studio.serverless.runner.dynamodb.engine.transact.TransactGetItem;
import studio.serverless.runner.dynamodb.engine.transact.TransactWriteItem;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;

/**
 * The DynamoDB engine: one method per API operation, taking and returning domain records that map one to one
 * onto DynamoDB's JSON. Thread-safe: writes to a table are serialised, reads run alongside them. Failures are
 * {@link DynamoDbException}s.
 */
public final class DynamoDbEngine {
    private final TableRegistry tables;
    private final StreamPublisher streams;
    private final ItemOperations items;
    private final BatchOperations batches;
    private final TransactOperations transactions;
    private final TimeToLiveSweeper timeToLive;
    private final StreamLog streamLog;
    private final TableTagging tagging;

    /**
     * @param stores    where items are kept
     * @param clock     the clock for creation times, stream records and TTL
     * @param region    the region in ARNs
     * @param accountId the account in ARNs
     */
    public DynamoDbEngine(TableStoreProvider stores, Clock clock, String region, String accountId) {
        this(stores, clock, region, accountId, TableJournal.NONE);
    }

    /**
     * @param stores    where items are kept
     * @param clock     the clock for creation times, stream records and TTL
     * @param region    the region in ARNs
     * @param accountId the account in ARNs
     * @param journal   told of every table and item change before it is made (see {@link TableJournal})
     */
    public DynamoDbEngine(TableStoreProvider stores, Clock clock, String region, String accountId,
                          TableJournal journal) {
        this.streamLog = new StreamLog();
        this.tables = new TableRegistry(stores, clock, "arn:aws:dynamodb:" + region + ":" + accountId + ":",
                streamLog, Objects.requireNonNull(journal));
        this.streams = new StreamPublisher(clock);
        streams.addListener(streamLog);
        ItemWriter writer = new ItemWriter(streams, journal);
        this.items = new ItemOperations(tables, writer);
        this.batches = new BatchOperations(tables, writer, items);
        this.transactions = new TransactOperations(tables, writer, items);
        this.timeToLive = new TimeToLiveSweeper(tables, writer, clock);
        this.tagging = new TableTagging(tables);
    }

    /** @return an in-memory engine for us-east-1 and account 000000000000 */
    public static DynamoDbEngine inMemory(Clock clock) {
        return new DynamoDbEngine(new InMemoryTableStoreProvider(), clock, "us-east-1", "000000000000");
    }

    /** CreateTable. @return the new table's description */
    public TableDescription createTable(CreateTableRequest request) {
        return tables.create(request);
    }

    /** CreateTable with Tags: bad tags create nothing. @return the new table's description */
    public TableDescription createTable(CreateTableRequest request, Map<String, String> tags) {
        TableTagging.checkNew(tags);
        TableDescription created = tables.create(request);
        tagging.tagResource(created.tableArn(), tags);
        return created;
    }

    /** The tags of tables (TagResource, UntagResource, ListTagsOfResource). */
    public TableTagging tagging() {
        return tagging;
    }

    /** DescribeTable. @return the description */
    public TableDescription describeTable(String tableName) {
        return tables.describe(tableName);
    }

    /** ListTables. @return one page of names */
    public TableList listTables(String exclusiveStartTableName, Integer limit) {
        return tables.list(exclusiveStartTableName, limit);
    }

    /** UpdateTable. @return the changed description */
    public TableDescription updateTable(UpdateTableRequest request) {
        return tables.update(request);
    }

    /** DeleteTable. @return the description of the deleted table, status DELETING */
    public TableDescription deleteTable(String tableName) {
        TableDescription deleted = tables.delete(tableName);
        tagging.tags().forget(deleted.tableArn());
        return deleted;
    }

    /** UpdateTimeToLive. @return the new setting */
    public TimeToLiveDescription updateTimeToLive(String tableName, boolean enabled, String attributeName) {
        return TimeToLiveSettings.update(tables, tableName, enabled, attributeName);
    }

    /** DescribeTimeToLive. @return the setting */
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return TimeToLiveSettings.describe(tables, tableName);
    }

    /** PutItem. @return the old item when ALL_OLD was asked */
    public ItemResult putItem(PutItemRequest request) {
        return items.put(request);
    }

    /** GetItem. @return the item, or an empty result */
    public ItemResult getItem(GetItemRequest request) {
        return items.get(request);
    }

    /** UpdateItem. @return the attributes ReturnValues asked for */
    public ItemResult updateItem(UpdateItemRequest request) {
        return items.update(request);
    }

    /** DeleteItem. @return the old item when ALL_OLD was asked */
    public ItemResult deleteItem(DeleteItemRequest request) {
        return items.delete(request);
    }

    /** Query. @return one page */
    public QueryResult query(QueryRequest request) {
        Table table = tables.require(request.tableName());
        return QueryOperation.query(table.definition(), table.store(), table.indexes(), request);
    }

    /** Scan. @return one page */
    public QueryResult scan(ScanRequest request) {
        Table table = tables.require(request.tableName());
        return ScanOperation.scan(table.definition(), table.store(), table.indexes(), request);
    }

    /** BatchGetItem. @return the items found per table */
    public BatchGetResult batchGetItem(Map<String, KeysAndAttributes> requestItems) {
        return batches.get(requestItems);
    }

    /** BatchWriteItem; every request is processed, so UnprocessedItems is always empty. */
    public void batchWriteItem(Map<String, List<WriteRequest>> requestItems) {
        batches.write(requestItems);
    }

    /** TransactWriteItems: all actions or none; TransactionCanceledException lists a reason per action. */
    public void transactWriteItems(List<TransactWriteItem> actions) {
        transactions.write(actions);
    }

    /** TransactGetItems. @return one result per get, in order */
    public List<ItemResult> transactGetItems(List<TransactGetItem> gets) {
        return transactions.get(gets);
    }

    /** @return the DynamoDB Streams side: ListStreams, DescribeStream, GetShardIterator, GetRecords */
    public StreamLog streamLog() {
        return streamLog;
    }

    /** Registers a listener for the stream records of every table with a stream. */
    public void addStreamListener(StreamListener listener) {
        streams.addListener(listener);
    }

    /** Unregisters a stream listener. */
    public void removeStreamListener(StreamListener listener) {
        streams.removeListener(listener);
    }

    /**
     * Puts back a stored table (at start, before serving): nothing is journalled and no stream record is made.
     *
     * @param definition the table as it was last journalled
     */
    public void restoreTable(TableDefinition definition) {
        tables.restore(definition);
    }

    /**
     * Puts back a stored item of a restored table (at start, before serving), keyed by the table's key schema.
     *
     * @param tableName the table, restored before
     * @param item      the item as it was last journalled
     */
    public void restoreItem(String tableName, Map<String, AttributeValue> item) {
        Table table = tables.require(tableName);
        KeySchema key = table.definition().keySchema();
        Map<String, AttributeValue> replaced = table.store().put(new PrimaryKey(item.get(key.partitionKey()),
                key.hasSortKey() ? item.get(key.sortKey()) : null), item);
        table.indexChange(replaced, item); // the maintained GSIs and LSIs learn of restored items too
    }

    /** Deletes the items whose TTL has passed by the engine's clock. @return how many were deleted */
    public int expireItems() {
        return timeToLive.expire();
    }
}
