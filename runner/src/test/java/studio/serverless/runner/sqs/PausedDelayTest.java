package studio.serverless.runner.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.MutableClock;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.SqsEngine;
import studio.serverless.runner.sqs.store.InMemoryQueueStore;

/** A delayed message on a paused clock stays hidden however long the computer waits, until the clock is advanced. */
class PausedDelayTest {

    @Test
    void aDelayedMessageAppearsOnlyOnceThePausedClockIsAdvancedPastItsDelay() {
        MutableClock computer = new MutableClock();
        AdvanceableClock clock = new AdvanceableClock(computer);
        SqsEngine sqs = new SqsEngine(clock, new InMemoryQueueStore());
        sqs.createQueue("later", Map.of(), "us-east-1", "000000000000");
        ReceiveRequest receive = new ReceiveRequest(10, null, 0, Set.of(), List.of());

        clock.pause();
        sqs.send("later", new NewMessage("hello", null, null, 60, null, null, null));
        computer.advance(Duration.ofMinutes(5));
        assertEquals(0, sqs.receive("later", receive).size(), "the delay ran out while the clock was paused");

        clock.advance(Duration.ofSeconds(60));

        assertEquals(1, sqs.receive("later", receive).size());
    }
}
