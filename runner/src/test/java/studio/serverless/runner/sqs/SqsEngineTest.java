package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;

/** The engine on its own, without HTTP. */
class SqsEngineTest {

    private final SqsEngine engine = new SqsEngine(new MutableClock(), new InMemoryQueueStore());

    @Test
    void concurrentReceiversNeverGetTheSameMessage() throws Exception {
        engine.createQueue("shared", Map.of(), "us-east-1", "000000000000");
        for (int i = 0; i < 500; i++) {
            engine.send("shared", NewMessage.of("m" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<List<String>>> receivers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            receivers.add(CompletableFuture.supplyAsync(() -> drain("shared"), pool));
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (CompletableFuture<List<String>> receiver : receivers) {
            List<String> ids = receiver.get(10, TimeUnit.SECONDS);
            seen.addAll(ids);
            total += ids.size();
        }
        pool.shutdown();

        assertEquals(500, total);
        assertEquals(500, seen.size());
    }

    private List<String> drain(String queue) {
        List<String> ids = new ArrayList<>();
        List<ReceivedMessage> batch;
        while (!(batch = engine.receive(queue, ReceiveRequest.of(10))).isEmpty()) {
            batch.forEach(message -> ids.add(message.messageId()));
        }
        return ids;
    }

    @Test
    void aLongPollEndsWhenItsQueueIsDeleted() throws Exception {
        engine.createQueue("doomed", Map.of(), "us-east-1", "000000000000");
        CompletableFuture<List<ReceivedMessage>> poll = CompletableFuture.supplyAsync(() -> engine.receive("doomed",
                new ReceiveRequest(1, null, 20, Set.of(), List.of())));
        awaitWaiting(poll);

        engine.deleteQueue("doomed");

        // ends well before its 20 s wait: empty-handed, or refused if the delete won the race to the queue
        assertTrue(poll.handle((messages, error) -> messages == null ? error != null : messages.isEmpty())
                .get(10, TimeUnit.SECONDS));
    }

    private static void awaitWaiting(CompletableFuture<?> poll) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        while (!poll.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aSecondPurgeWithinSixtySecondsIsRefused() {
        engine.createQueue("purged", Map.of(), "us-east-1", "000000000000");
        engine.purge("purged");

        SqsException error = assertThrows(SqsException.class, () -> engine.purge("purged"));

        assertEquals(SqsError.PURGE_QUEUE_IN_PROGRESS, error.error());
    }
}
