package studio.serverless.runner.events.engine;

/**
 * A rule as PutRule gives it.
 *
 * @param name               the rule's name
 * @param eventPattern       the event pattern's JSON, or null
 * @param scheduleExpression {@code rate(...)} or {@code cron(...)}, or null
 * @param state              ENABLED or DISABLED; null for ENABLED
 * @param description        a description, or null
 * @param roleArn            the role targets are invoked with (recorded, not used), or null
 */
public record RuleDefinition(String name, String eventPattern, String scheduleExpression, String state,
        String description, String roleArn) {
}
