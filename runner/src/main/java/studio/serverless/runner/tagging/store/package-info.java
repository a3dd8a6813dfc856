/**
 * Tags in the local cloud's H2 database: one table per service, a row per tagged resource holding its tags as JSON,
 * written through before the service answers and read back at start.
 */
package studio.serverless.runner.tagging.store;
