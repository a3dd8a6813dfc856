package studio.serverless.runner.events.engine;

import java.util.List;

/**
 * A rule as it is kept: enough to make it again with its targets.
 *
 * @param busName    the name of the bus it is on
 * @param arn        the rule's ARN
 * @param definition the rule as last put, with its current state
 * @param targets    its targets, in the order they were put
 */
public record RuleRecord(String busName, String arn, RuleDefinition definition, List<Target> targets) {

    /** Copies the targets. */
    public RuleRecord {
        targets = List.copyOf(targets);
    }
}
