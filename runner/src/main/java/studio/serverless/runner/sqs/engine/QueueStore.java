package studio.serverless.runner.sqs.engine;

import java.util.List;
import java.util.Optional;

/**
 * Where the engine keeps its queues: the engine's port to storage, implemented in the {@code sqs.store}
 * package (in memory; durability comes from the {@link QueueJournal}). Implementations must be thread-safe.
 */
public interface QueueStore {

    /** Adds {@code queue} unless one of its name exists; returns the existing queue, or null when added. */
    MessageQueue putIfAbsent(MessageQueue queue);

    /** The queue called {@code name}. */
    Optional<MessageQueue> find(String name);

    /** Removes the queue called {@code name}; returns it, or null when there was none. */
    MessageQueue remove(String name);

    /** Every queue, in no particular order. */
    List<MessageQueue> all();
}
