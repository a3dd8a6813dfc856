/**
 * The queue browser: a queue's messages peeked through the SQS engine without receiving them, its depth and its
 * dead-letter queue's depth, deleting and purging, and redriving a dead-letter queue back to its source queues
 * with the engine's StartMessageMoveTask.
 */
package studio.serverless.app.desktop.run.browse.queues;
