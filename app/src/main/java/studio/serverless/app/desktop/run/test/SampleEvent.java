package studio.serverless.app.desktop.run.test;

/**
 * An event a function can be invoked with, as one of its triggers would send it.
 *
 * @param label what the panel calls it, e.g. {@code SQS message from orders}
 * @param json  the event, indented
 */
public record SampleEvent(String label, String json) {
}
