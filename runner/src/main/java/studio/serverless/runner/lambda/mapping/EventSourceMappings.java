package studio.serverless.runner.lambda.mapping;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import studio.serverless.runner.delivery.DestinationSender;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.lambda.mapping.stream.StreamMapping;
import studio.serverless.runner.lambda.mapping.stream.StreamMappingRun;
import studio.serverless.runner.lambda.mapping.stream.StreamSource;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * The running event source mappings of the local cloud: per SQS mapping one polling daemon thread, or as many as
 * its maximum concurrency allows ({@link SqsMapping#pollers()}), each running one batch at a time; per shard of a
 * stream mapping one thread. Thread-safe.
 */
public final class EventSourceMappings implements AutoCloseable {

    private final SqsEngine sqs;
    private final LambdaEngine lambda;
    private final String region;
    private final Clock clock;
    private final DestinationSender destinations;
    private final Map<String, List<Thread>> pollers = new ConcurrentHashMap<>();
    private final Map<String, StreamMappingRun> streams = new ConcurrentHashMap<>();

    /**
     * Mappings from {@code sqs}'s queues and from streams to {@code lambda}'s functions in {@code region}; stream
     * records' ages are read on {@code clock} and discarded batches reported through {@code destinations}.
     */
    public EventSourceMappings(SqsEngine sqs, LambdaEngine lambda, String region, Clock clock,
                               DestinationSender destinations) {
        this.sqs = sqs;
        this.lambda = lambda;
        this.region = region;
        this.clock = clock;
        this.destinations = destinations;
    }

    /**
     * Starts polling a queue for a function, replacing the mapping between the same queue and function if there
     * is one (provisioning again changes settings without doubling pollers).
     *
     * @throws studio.serverless.runner.sqs.engine.SqsException when the queue does not exist
     */
    public void start(SqsMapping mapping) {
        sqs.queue(mapping.queueName());
        List<Thread> started = new ArrayList<>();
        for (int index = 0; index < mapping.pollers(); index++) {
            Thread poller = new Thread(new SqsPoller(mapping, sqs, lambda, region),
                    "sqs-mapping-" + mapping.queueName() + "-" + mapping.functionName() + "-" + index);
            poller.setDaemon(true);
            started.add(poller);
        }
        List<Thread> replaced = pollers.put(mapping.queueName() + "\n" + mapping.functionName(), started);
        if (replaced != null) {
            replaced.forEach(Thread::interrupt);
        }
        started.forEach(Thread::start);
    }

    /**
     * Starts reading a stream for a function. The same mapping already running is kept as it is (provisioning again
     * does not replay a stream); one with other settings is replaced, and the new one starts at its own starting
     * position. The mappings own {@code source} from now on.
     *
     * @throws IllegalArgumentException when the source does not offer the mapping's starting position
     */
    public void start(StreamMapping mapping, StreamSource source) {
        String key = source.arn() + "\n" + mapping.functionName();
        StreamMappingRun running = streams.get(key);
        if (running != null && running.mapping().equals(mapping)) {
            source.close();
            return;
        }
        StreamMappingRun replaced = streams.put(key, StreamMappingRun.start(mapping, source, lambda, clock,
                destinations));
        if (replaced != null) {
            replaced.close();
        }
    }

    /** Stops every poller; a batch being invoked finishes first. */
    @Override
    public void close() {
        pollers.values().forEach(threads -> threads.forEach(Thread::interrupt));
        pollers.clear();
        streams.values().forEach(StreamMappingRun::close);
        streams.clear();
    }
}
