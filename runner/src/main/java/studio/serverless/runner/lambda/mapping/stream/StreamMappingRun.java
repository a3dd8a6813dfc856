package studio.serverless.runner.lambda.mapping.stream;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.delivery.DestinationSender;
import studio.serverless.runner.lambda.engine.LambdaEngine;

/**
 * A running stream mapping: one daemon poller thread per shard open when it started (parallelization factor 1).
 * Closing it stops the pollers (a batch being invoked finishes first) and the source.
 */
public final class StreamMappingRun implements AutoCloseable {

    private final StreamMapping mapping;
    private final StreamSource source;
    private final List<Thread> pollers;

    private StreamMappingRun(StreamMapping mapping, StreamSource source, List<Thread> pollers) {
        this.mapping = mapping;
        this.source = source;
        this.pollers = List.copyOf(pollers);
    }

    /** The settings it runs with. */
    public StreamMapping mapping() {
        return mapping;
    }

    /**
     * Starts polling. Each shard's starting iterator is taken here, before returning, so LATEST means "after what
     * was written before this call".
     *
     * @throws IllegalArgumentException when the source does not offer the mapping's starting position
     */
    public static StreamMappingRun start(StreamMapping mapping, StreamSource source, LambdaEngine lambda, Clock clock,
                                         DestinationSender destinations) {
        List<Thread> pollers = new ArrayList<>();
        try {
            for (String shardId : source.shardIds()) {
                ShardReader reader = new ShardReader(source, shardId,
                        source.iterator(shardId, mapping.startingPosition()), mapping);
                BatchDelivery delivery = new BatchDelivery(mapping, source, shardId, lambda, clock, destinations);
                pollers.add(poller(new ShardPoller(reader, delivery, "stream mapping " + source.arn() + " -> "
                        + mapping.functionName()), "stream-mapping-" + shardId + "-" + mapping.functionName()));
            }
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        pollers.forEach(Thread::start);
        return new StreamMappingRun(mapping, source, pollers);
    }

    private static Thread poller(ShardPoller poller, String name) {
        Thread thread = new Thread(poller, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Stops the pollers and the source. */
    @Override
    public void close() {
        pollers.forEach(Thread::interrupt);
        source.close();
    }
}
