/**
 * SNS's durable storage: {@code H2TopicJournal} writes topics and subscriptions through to the data folder's H2
 * database as the engine reports them ({@code TopicJournal}), and puts them back at start. The engine itself knows
 * no SQL; published messages are kept by the queues they reach, not here.
 */
package studio.serverless.runner.sns.store;
