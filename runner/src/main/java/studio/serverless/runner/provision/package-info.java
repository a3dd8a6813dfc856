/**
 * Creates a diagram's resources (queues, tables, ...) in the local cloud under the diagram's names, so that
 * {@code studio run} starts an architecture ready to be called. Works through the engines, not the wire.
 */
package studio.serverless.runner.provision;
