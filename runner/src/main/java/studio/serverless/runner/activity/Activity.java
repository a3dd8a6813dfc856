package studio.serverless.runner.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened in the local cloud, as a line of the run's timeline and a token on the canvas.
 *
 * @param at      when, on the local cloud's clock (which the run may fast-forward)
 * @param kind    what kind of thing
 * @param from    the resource that acted (a queue delivering, a function calling, a function being invoked)
 * @param to      the resource acted on, when there is a second one (the function a queue delivers to)
 * @param summary a short human description, e.g. {@code PutItem} or {@code 3 messages}
 * @param error   what went wrong, when something did
 */
public record Activity(Instant at, ActivityKind kind, ResourceRef from, Optional<ResourceRef> to, String summary,
                       Optional<String> error) {

    /** Checks every part is present. */
    public Activity {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(error, "error");
    }

    /** Whether something went wrong. */
    public boolean failed() {
        return error.isPresent();
    }
}
