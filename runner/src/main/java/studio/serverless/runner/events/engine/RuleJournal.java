package studio.serverless.runner.events.engine;

/**
 * The EventBridge engine's port to durable storage: every change to a bus, a rule or a rule's targets is reported
 * here, under the engine's lock and before it is applied and answered, so a store that writes each change through
 * loses nothing that was acknowledged (and a failing store leaves the engine unchanged). Events put and schedules
 * fired report nothing: what they deliver is kept by the queues they reach. {@link #NONE} keeps nothing.
 * Implementations must be thread-safe.
 */
public interface RuleJournal {

    /** A journal that keeps nothing. */
    RuleJournal NONE = new RuleJournal() {
        @Override
        public void busSaved(EventBus bus) {
        }

        @Override
        public void busDeleted(String busName) {
        }

        @Override
        public void ruleSaved(RuleRecord rule) {
        }

        @Override
        public void ruleDeleted(String busName, String ruleName) {
        }
    };

    /** A custom bus was created (its name, ARN, description and creation time are kept, not its rules). */
    void busSaved(EventBus bus);

    /** A custom bus and all its rules were deleted. */
    void busDeleted(String busName);

    /** A rule was put, enabled or disabled, or its targets changed. */
    void ruleSaved(RuleRecord rule);

    /** A rule was deleted. */
    void ruleDeleted(String busName, String ruleName);
}
