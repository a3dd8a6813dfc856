/**
 * The live picture of a running local cloud: an {@link studio.serverless.runner.activity.ActivityFeed} of
 * {@link studio.serverless.runner.activity.Activity} entries (an invocation, a message delivered from a queue to a
 * function, a function's call on a table...) that the engines publish as things happen, and
 * {@link studio.serverless.runner.activity.ResourceMetrics}, a snapshot of per-resource counters. Resources are
 * named as the diagram names them ({@link studio.serverless.runner.activity.ResourceRef}), so the app can map
 * activity onto the canvas. Publishing with no subscriber costs one read; subscribers run on the emitting thread.
 */
package studio.serverless.runner.activity;
