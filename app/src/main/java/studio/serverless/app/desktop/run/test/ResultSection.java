package studio.serverless.app.desktop.run.test;

/**
 * One titled part of what came back, e.g. the response body or the log tail.
 *
 * @param title what it is, e.g. "Body"
 * @param text  its text, JSON indented
 */
public record ResultSection(String title, String text) {
}
