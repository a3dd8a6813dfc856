/**
 * Resource tags shared by the emulated services: the limits AWS applies to every tag (50 per resource, keys of 1 to
 * 128 characters, values of at most 256, the {@code aws:} prefix reserved), a thread-safe registry of tags by
 * resource ARN, and the journal port through which tags reach durable storage. Each service keeps its own error
 * codes and wording: a broken rule is reported as a {@link studio.serverless.runner.tagging.TagViolation} that the
 * service turns into its own exception.
 */
package studio.serverless.runner.tagging;
