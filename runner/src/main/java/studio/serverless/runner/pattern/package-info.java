/**
 * The content-matching language that EventBridge event patterns and SNS filter policies share: exact values,
 * prefix, suffix, anything-but (values, prefix, suffix, wildcard), numeric ranges, exists, wildcard,
 * equals-ignore-case, cidr, {@code $or} and nested keys. {@link studio.serverless.runner.pattern.PatternCompiler}
 * turns a pattern's JSON into a {@link studio.serverless.runner.pattern.ContentPattern} once (rejecting a bad
 * pattern with a message that says where and why), and the compiled pattern matches JSON documents.
 */
package studio.serverless.runner.pattern;
