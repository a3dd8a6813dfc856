/**
 * EventBridge's durable storage: {@code H2RuleJournal} writes custom buses, rules and their targets through to the
 * data folder's H2 database as the engine reports them ({@code RuleJournal}), and puts them back at start. The
 * engine itself knows no SQL; events put and schedules fired are kept by the queues they reach, not here.
 */
package studio.serverless.runner.events.store;
