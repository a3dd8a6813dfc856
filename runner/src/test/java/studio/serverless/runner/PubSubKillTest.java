package studio.serverless.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.runner.events.engine.Rule;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * A process killed with SIGKILL while making topics, subscriptions, rules and targets and delivering through them
 * loses none it acknowledged, nor any message it delivered before acknowledging.
 */
class PubSubKillTest {
    private static final int STEPS = 50_000;
    private static final int KILL_AFTER = 300;

    @TempDir
    Path data;

    @Test
    void aKilledProcessLosesNoAcknowledgedTopicSubscriptionRuleOrTarget() throws Exception {
        int lastAcknowledged = writeUntilKilled();
        assertTrue(lastAcknowledged >= KILL_AFTER && lastAcknowledged < STEPS - 1,
                "the writer was killed mid-stream, after step " + lastAcknowledged);

        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            Set<String> delivered = bodies(cloud.sqs());
            for (int step = 0; step <= lastAcknowledged; step++) {
                if (step % 2 == 0) {
                    String topic = "arn:aws:sns:us-east-1:000000000000:topic-" + step;
                    assertEquals(1, cloud.sns().subscriptions(topic).size(), "the subscription of step " + step);
                } else {
                    Rule rule = cloud.events().rule(null, "rule-" + step);
                    assertEquals(List.of(PubSubWriterProcess.INBOX), rule.targets().stream().map(
                            studio.serverless.runner.events.engine.Target::id).toList(), "targets of step " + step);
                }
                assertTrue(delivered.contains(Integer.toString(step)), "the delivery of step " + step);
            }
        }
    }

    /** Starts the writer, reads its acknowledgements, kills it mid-stream. @return the last step it acknowledged */
    private int writeUntilKilled() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PubSubWriterProcess.class.getName(), data.toString(),
                Integer.toString(STEPS)).redirectErrorStream(true).start();
        int last = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && last < KILL_AFTER; line = out.readLine()) {
                if (line.startsWith("ACK ")) {
                    last = Integer.parseInt(line.substring(4).trim());
                }
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-write
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        return last;
    }

    /** Every body in the inbox, received until it is empty (each stays invisible meanwhile). */
    private static Set<String> bodies(SqsEngine sqs) {
        Set<String> bodies = new HashSet<>();
        List<ReceivedMessage> batch;
        do {
            batch = sqs.receive(PubSubWriterProcess.INBOX, ReceiveRequest.of(10));
            batch.forEach(message -> bodies.add(message.body()));
        } while (!batch.isEmpty());
        return bodies;
    }
}
