package studio.serverless.runner.sqs.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import studio.serverless.runner.sqs.engine.MessageQueue;
import studio.serverless.runner.sqs.engine.QueueStore;

/** Keeps queues in memory only: the default store, lost when the local cloud stops. */
public final class InMemoryQueueStore implements QueueStore {

    private final ConcurrentMap<String, MessageQueue> queues = new ConcurrentHashMap<>();

    @Override
    public MessageQueue putIfAbsent(MessageQueue queue) {
        return queues.putIfAbsent(queue.name(), queue);
    }

    @Override
    public Optional<MessageQueue> find(String name) {
        return Optional.ofNullable(name == null ? null : queues.get(name));
    }

    @Override
    public MessageQueue remove(String name) {
        return queues.remove(name);
    }

    @Override
    public List<MessageQueue> all() {
        return List.copyOf(queues.values());
    }
}
