package studio.serverless.runner.lambda.mapping.stream;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls one shard for one mapping on its own thread: the next batch is read only once the previous one is settled,
 * so records reach the function in shard order. Ends when the shard is closed and read, or the thread is interrupted.
 */
final class ShardPoller implements Runnable {

    private static final Logger LOG = Logger.getLogger(ShardPoller.class.getName());

    private final ShardReader reader;
    private final BatchDelivery delivery;
    private final String description;

    ShardPoller(ShardReader reader, BatchDelivery delivery, String description) {
        this.reader = reader;
        this.delivery = delivery;
        this.description = description;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted() && !reader.finished()) {
            try {
                List<ShardRecord> batch = reader.nextBatch();
                if (!batch.isEmpty()) {
                    delivery.deliver(batch);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                LOG.log(Level.WARNING, description + ": polling failed, trying again", e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(BatchDelivery.PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
