package studio.serverless.runner.events.engine;

import java.util.List;

/**
 * One firing of a schedule rule made by hand ("fire now").
 *
 * @param ruleName the rule fired
 * @param eventId  the id of the {@code Scheduled Event} its targets got
 * @param time     the event's {@code time}, e.g. {@code 2026-11-29T09:30:00Z}
 * @param targets  the targets it went to (none when the rule has none yet)
 */
public record ScheduleFiring(String ruleName, String eventId, String time, List<Target> targets) {

    /** Copies the targets. */
    public ScheduleFiring {
        targets = List.copyOf(targets);
    }
}
