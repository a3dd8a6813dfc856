package studio.serverless.runner.events.engine;

import java.util.Map;
import java.util.logging.Logger;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;
import studio.serverless.runner.delivery.Integrations;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsMessage;
import studio.serverless.runner.sqs.engine.NewMessage;
import studio.serverless.runner.sqs.engine.SqsEngine;

/**
 * Sends a target its input by the service in its ARN: SQS and SNS through their engines in this process, Lambda
 * and Step Functions through the plugged-in runtimes. A failed delivery is logged and dropped (AWS would retry and
 * then use the target's dead-letter queue, which the local cloud does not model).
 */
final class TargetDispatcher {

    private static final Logger LOG = Logger.getLogger(TargetDispatcher.class.getName());

    private final SqsEngine sqs;
    private final SnsEngine sns;
    private final Integrations integrations;

    TargetDispatcher(SqsEngine sqs, SnsEngine sns, Integrations integrations) {
        this.sqs = sqs;
        this.sns = sns;
        this.integrations = integrations;
    }

    /** Publishes that {@code rule} matched an event for {@code target}, when anyone listens. */
    void announce(Rule rule, Target target) {
        ActivityFeed feed = integrations.activity();
        if (feed.listening()) {
            feed.publish(ActivityKind.DELIVERY, new ResourceRef(ServiceKind.EVENTBRIDGE_RULE, rule.name()),
                    ResourceRef.fromArn(target.arn()).orElse(null), "event to target " + target.id(), null);
        }
    }

    void deliver(Target target, String input, String eventId) {
        try {
            switch (service(target.arn())) {
                case "sqs" -> sendToQueue(target, input, eventId);
                case "sns" -> sns.publish(target.arn(), new SnsMessage(input, null, Map.of(), null,
                        target.sqsMessageGroupId(), null));
                case "lambda" -> integrations.functions().invokeAsync(target.arn(), input);
                case "states" -> integrations.stateMachines().startExecution(target.arn(), input);
                default -> LOG.warning("no delivery to " + target.arn() + ": the local cloud does not emulate it");
            }
        } catch (RuntimeException e) {
            LOG.warning("dropped an event for target " + target.id() + " (" + target.arn() + "): " + e.getMessage());
        }
    }

    /** The service part of an ARN ({@code arn:aws:SERVICE:...}). */
    static String service(String arn) {
        String[] parts = arn.split(":", -1);
        return parts.length > 5 && parts[0].equals("arn") ? parts[2] : "";
    }

    private void sendToQueue(Target target, String input, String eventId) {
        String queue = target.arn().substring(target.arn().lastIndexOf(':') + 1);
        boolean fifo = sqs.queue(queue).settings().fifo();
        sqs.send(queue, new NewMessage(input, Map.of(), Map.of(), null, fifo ? target.sqsMessageGroupId() : null,
                fifo ? eventId : null, "AIDAIEVENTBRIDGELOCAL"));
    }
}
