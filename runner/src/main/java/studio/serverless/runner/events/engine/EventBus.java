package studio.serverless.runner.events.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event bus and its rules by name. Guarded by the engine's lock.
 *
 * @param name         the bus's name ({@code default} for the account's default bus)
 * @param arn          the bus's ARN
 * @param description  a description, or null
 * @param creationTime when it was created
 * @param rules        its rules by name, in the order they were put
 */
public record EventBus(String name, String arn, String description, Instant creationTime, Map<String, Rule> rules) {

    static EventBus create(String name, String region, String accountId, String description, Instant now) {
        return new EventBus(name, "arn:aws:events:" + region + ":" + accountId + ":event-bus/" + name, description,
                now, new LinkedHashMap<>());
    }

    /** The ARN a rule of this name gets on this bus (the default bus leaves its name out, as AWS does). */
    String ruleArn(String rule) {
        String prefix = arn.substring(0, arn.indexOf(":event-bus/"));
        return prefix + ":rule/" + (name.equals("default") ? "" : name + "/") + rule;
    }
}
