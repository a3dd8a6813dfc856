package studio.serverless.app.desktop.run.test;

import java.util.List;

/**
 * What came back from sending a test request.
 *
 * @param failed   whether it failed (refused by the service, a function error, an execution that failed)
 * @param headline one line, e.g. {@code 200 OK in 35 ms} or {@code Sent message 1f0c...}
 * @param sections the details, e.g. headers, body, log tail
 */
public record ActionResult(boolean failed, String headline, List<ResultSection> sections) {

    /** Copies the sections. */
    public ActionResult {
        sections = List.copyOf(sections);
    }

    /** A success with details. */
    public static ActionResult ok(String headline, ResultSection... sections) {
        return new ActionResult(false, headline, List.of(sections));
    }

    /** A failure with details. */
    public static ActionResult failed(String headline, ResultSection... sections) {
        return new ActionResult(true, headline, List.of(sections));
    }

    /** The text of the section with {@code title}, or empty text when there is none. */
    public String section(String title) {
        return sections.stream().filter(section -> section.title().equals(title)).map(ResultSection::text)
                .findFirst().orElse("");
    }
}
