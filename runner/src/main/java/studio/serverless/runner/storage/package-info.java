/**
 * The local cloud's H2 database: one file database in the {@code --data} folder shared by every service's store,
 * written through on every change so that a killed process loses nothing it had acknowledged.
 */
package studio.serverless.runner.storage;
