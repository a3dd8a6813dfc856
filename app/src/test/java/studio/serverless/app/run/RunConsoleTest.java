package studio.serverless.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.events.engine.RuleDefinition;
import studio.serverless.runner.events.engine.Target;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;

/** What {@code fire} and {@code advance} typed on {@code studio run}'s console do to the local cloud, and say. */
class RunConsoleTest {

    private final AdvanceableClock clock = new AdvanceableClock();
    private final LocalCloud cloud = LocalCloud.start(0, clock);
    private final RunConsole console = new RunConsole(cloud, clock, new PrintWriter(new StringWriter()));

    @AfterEach
    void stop() {
        cloud.close();
    }

    private void scheduleToQueue(String rule, String expression) {
        cloud.sqs().createQueue("reports", Map.of(), LocalCloud.DEFAULT_REGION, "000000000000");
        cloud.events().putRule(null, new RuleDefinition(rule, null, expression, null, null, null));
        cloud.events().putTargets(null, rule, List.of(new Target("reports", cloud.sqs().queue("reports").arn(),
                null, null, null, null, null)));
    }

    private List<ReceivedMessage> reports() {
        return cloud.sqs().receive("reports", new ReceiveRequest(10, null, 0, Set.of("All"), List.of("All")));
    }

    @Test
    void fireSendsTheScheduledEventAndSaysWhereTo() {
        scheduleToQueue("nightly", "cron(0 2 * * ? *)");

        String answer = console.execute("fire nightly");

        assertTrue(answer.matches("fired nightly: Scheduled Event [0-9a-f-]{36} at \\S+Z to reports"), answer);
        assertEquals(1, reports().size());
    }

    @Test
    void firingARuleThatIsNoScheduleSaysWhichRulesAre() {
        scheduleToQueue("nightly", "cron(0 2 * * ? *)");

        assertEquals("cannot fire weekly: Rule weekly does not exist on EventBus default. (schedule rules: nightly)",
                console.execute("fire weekly"));
    }

    @Test
    void advanceMovesTheClockAndFiresWhatBecameDue() {
        scheduleToQueue("every-ten", "rate(10 minutes)");

        String answer = console.execute("advance 30m");

        assertEquals(Duration.ofMinutes(30), clock.offset());
        assertTrue(answer.startsWith("clock advanced 30m: now "), answer);
        assertTrue(answer.contains("(30m ahead of this computer)"), answer);
        assertEquals(3, reports().size(), answer);
    }

    @Test
    void pauseStopsTheClockAndResumeLetsItRunOnFromThere() {
        String paused = console.execute("pause");
        Instant standing = clock.instant();

        assertTrue(clock.isPaused());
        assertTrue(paused.startsWith("clock paused at ") && paused.endsWith(
                ": nothing new falls due until resume or advance"), paused);
        assertEquals(standing, clock.instant());
        assertTrue(console.execute("resume").startsWith("clock running again from "));
        assertFalse(clock.isPaused());
    }

    @Test
    void advanceNextMovesTheClockToTheNextScheduleAndFiresIt() {
        console.execute("pause");
        scheduleToQueue("every-ten", "rate(10 minutes)");

        String answer = console.execute("advance next");

        assertTrue(answer.startsWith("clock advanced 10m: now "), answer);
        assertTrue(answer.contains(", paused); "), answer);
        assertEquals(1, reports().size(), answer);
    }

    @Test
    void advanceNextSaysWhenNothingIsScheduled() {
        assertEquals("nothing is scheduled: no schedule rule and no waiting Step Functions execution",
                console.execute("advance next"));
    }

    @Test
    void helpListsTheCommandsAndTheScheduleRules() {
        scheduleToQueue("nightly", "cron(0 2 * * ? *)");

        String help = console.execute("help");

        assertTrue(help.contains("fire RULE") && help.contains("advance TIME") && help.contains("(schedule rules:"
                + " nightly)"), help);
    }
}
