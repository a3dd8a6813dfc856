package studio.serverless.runner.lambda.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import studio.serverless.runner.lambda.engine.LambdaEngine;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * The running event source mappings of the local cloud: one polling daemon thread each, or as many as the
 * mapping's maximum concurrency allows ({@link SqsMapping#pollers()}), each running one batch at a time.
 * Thread-safe.
 */
public final class EventSourceMappings implements AutoCloseable {

    private final SqsEngine sqs;
    private final LambdaEngine lambda;
    private final String region;
    private final Map<String, List<Thread>> pollers = new ConcurrentHashMap<>();

    /** Mappings from {@code sqs}'s queues to {@code lambda}'s functions in {@code region}. */
    public EventSourceMappings(SqsEngine sqs, LambdaEngine lambda, String region) {
        this.sqs = sqs;
        this.lambda = lambda;
        this.region = region;
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

    /** Stops every poller; a batch being invoked finishes first. */
    @Override
    public void close() {
        pollers.values().forEach(threads -> threads.forEach(Thread::interrupt));
        pollers.clear();
    }
}
