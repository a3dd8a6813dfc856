/**
 * The EventBridge emulator's logic, free of any wire protocol: event buses, rules with event patterns (the shared
 * {@link studio.serverless.runner.pattern} language) or schedule expressions ({@code rate(...)} and AWS's
 * six-field {@code cron(...)}), targets with Input, InputPath and InputTransformer, PutEvents and
 * TestEventPattern. Targets are delivered in-process: SQS and SNS through their engines, functions and state
 * machines through {@link studio.serverless.runner.delivery.Integrations}. Schedules are evaluated against an
 * injected {@link java.time.Clock} when {@code fireDueSchedules} is called, so tests move time instead of waiting.
 * Thread-safe.
 */
package studio.serverless.runner.events.engine;
