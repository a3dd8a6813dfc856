package studio.serverless.runner.s3.engine;

import java.util.List;

/**
 * A bucket's event notification configuration: the rules saying which events go where.
 *
 * @param rules the rules, in the order they were configured
 */
public record NotificationConfiguration(List<NotificationRule> rules) {

    /** Copies the rules. */
    public NotificationConfiguration {
        rules = List.copyOf(rules);
    }

    /** No notifications (a new bucket's configuration). */
    public static NotificationConfiguration empty() {
        return new NotificationConfiguration(List.of());
    }
}
