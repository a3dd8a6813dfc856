package studio.serverless.canvas.run;

import java.util.Locale;
import java.util.Objects;

/**
 * A small labelled counter on a running service, e.g. "12 invocations" or "3 errors".
 *
 * @param label    what is counted, short ("invocations", "errors", "in queue")
 * @param value    the count
 * @param alarming whether it is bad news (errors, throttles, a dead-letter queue's depth): drawn red
 */
public record RunBadge(String label, long value, boolean alarming) {

    /** Checks the label. */
    public RunBadge {
        Objects.requireNonNull(label, "label");
    }

    /** A counter that is not bad news. */
    public static RunBadge of(String label, long value) {
        return new RunBadge(label, value, false);
    }

    /** A counter of bad news. */
    public static RunBadge alarm(String label, long value) {
        return new RunBadge(label, value, true);
    }

    /** The text shown: the count, shortened above 9,999 ("12.3k"), then the label. */
    public String text() {
        return compact(value) + " " + label;
    }

    private static String compact(long count) {
        if (Math.abs(count) < 10_000) {
            return Long.toString(count);
        }
        if (Math.abs(count) < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", count / 1_000.0);
        }
        return String.format(Locale.ROOT, "%.1fM", count / 1_000_000.0);
    }
}
