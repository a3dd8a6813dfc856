package studio.serverless.runner;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import studio.serverless.runner.dynamodb.engine.DynamoDbEngine;

/**
 * Deletes DynamoDB items whose time to live has passed, once every {@link #INTERVAL} on a daemon thread of its own.
 * AWS takes up to a few days; locally it is prompt.
 */
final class TimeToLiveSweeper implements AutoCloseable {

    /** How often expired items are looked for. */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(TimeToLiveSweeper.class.getName());

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "dynamodb-ttl-sweeper");
        thread.setDaemon(true);
        return thread;
    });
    private final DynamoDbEngine dynamoDb;

    private TimeToLiveSweeper(DynamoDbEngine dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Starts sweeping {@code dynamoDb}'s tables. */
    static TimeToLiveSweeper start(DynamoDbEngine dynamoDb) {
        TimeToLiveSweeper sweeper = new TimeToLiveSweeper(dynamoDb);
        sweeper.executor.scheduleWithFixedDelay(sweeper::sweep, INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        return sweeper;
    }

    /** One sweep; a failure is logged and the next sweep still runs (a thrown task would stop them all). */
    private void sweep() {
        try {
            dynamoDb.expireItems();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DynamoDB TTL sweep failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
