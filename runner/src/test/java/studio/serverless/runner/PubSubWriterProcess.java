package studio.serverless.runner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.serverless.runner.events.engine.EventEntry;
import studio.serverless.runner.events.engine.EventsEngine;
import studio.serverless.runner.events.engine.RuleDefinition;
import studio.serverless.runner.events.engine.Target;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsMessage;

/**
 * A local cloud with a data folder in its own process, making topics and rules as fast as it can so a test can
 * kill it with SIGKILL mid-stream. Even steps create topic {@code topic-n}, subscribe the inbox queue to it (raw)
 * and publish {@code n}; odd steps put rule {@code rule-n}, target the inbox with the event's {@code step} and
 * put an event with {@code n}. After each acknowledged step it prints {@code ACK n}.
 */
public final class PubSubWriterProcess {
    static final String INBOX = "inbox";
    static final String REGION = "us-east-1";
    static final String ACCOUNT = "000000000000";

    private PubSubWriterProcess() {
    }

    /** Entry point: {@code PubSubWriterProcess FOLDER STEPS}. */
    public static void main(String[] args) {
        LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(Path.of(args[0])));
        String inbox = cloud.sqs().createQueue(INBOX, Map.of(), REGION, ACCOUNT).arn();
        int steps = Integer.parseInt(args[1]);
        for (int step = 0; step < steps; step++) {
            if (step % 2 == 0) {
                publishThroughNewTopic(cloud.sns(), inbox, step);
            } else {
                putEventThroughNewRule(cloud.events(), inbox, step);
            }
            System.out.println("ACK " + step);
            System.out.flush();
        }
        cloud.stop();
    }

    private static void publishThroughNewTopic(SnsEngine sns, String inbox, int step) {
        String topic = sns.createTopic("topic-" + step, Map.of(), REGION, ACCOUNT).arn();
        sns.subscribe(topic, "sqs", inbox, Map.of("RawMessageDelivery", "true"));
        sns.publish(topic, SnsMessage.of(Integer.toString(step)));
    }

    private static void putEventThroughNewRule(EventsEngine events, String inbox, int step) {
        String rule = "rule-" + step;
        events.putRule(null, new RuleDefinition(rule, "{\"source\":[\"step-" + step + "\"]}", null, null, null,
                null));
        events.putTargets(null, rule, List.of(new Target(INBOX, inbox, null, "$.detail.step", null, null, null)));
        events.putEvents(List.of(new EventEntry("step-" + step, "step", "{\"step\":" + step + "}", null, null,
                null)));
    }
}
