package studio.serverless.runner.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import studio.serverless.runner.s3.engine.NotificationRule;
import studio.serverless.runner.s3.engine.S3EventListener;
import studio.serverless.runner.s3.engine.S3EventRecord;

/**
 * Delivers a bucket's notifications whose destination is a Lambda function as asynchronous invocations with S3's
 * {@code {"Records": [...]}} event. Queue and topic destinations are left to their own listeners.
 */
public final class S3FunctionNotifications implements S3EventListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Integrations integrations;

    /** Deliveries through whichever function invoker {@code integrations} holds at the time. */
    public S3FunctionNotifications(Integrations integrations) {
        this.integrations = integrations;
    }

    @Override
    public void onEvent(NotificationRule rule, S3EventRecord record) {
        if (rule.destination() != NotificationRule.Destination.LAMBDA) {
            return;
        }
        try {
            integrations.functions().invokeAsync(rule.arn(), JSON.writeValueAsString(record.toEvent()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an S3 event always serializes", e);
        }
    }
}
