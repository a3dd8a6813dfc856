package studio.serverless.app.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of time as people type it for the local cloud's clock: days, hours, minutes and seconds run together,
 * such as {@code 30s}, {@code 15m}, {@code 1h}, {@code 2d} or {@code 1h30m} (letters in either case).
 */
public final class TimeAmount {

    /** Examples to put in a message about an amount that is none. */
    public static final String EXAMPLES = "such as 30s, 15m, 1h, 2d or 1h30m";

    private static final Pattern AMOUNT = Pattern.compile("(?:\\d{1,9}[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,9})([dhms])");

    private TimeAmount() {
    }

    /** The amount {@code text} spells, possibly zero; empty when it spells none. */
    public static Optional<Duration> parse(String text) {
        String amount = text.strip().toLowerCase(Locale.ROOT);
        if (!AMOUNT.matcher(amount).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(amount);
        while (part.find()) {
            long count = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "d" -> Duration.ofDays(count);
                case "h" -> Duration.ofHours(count);
                case "m" -> Duration.ofMinutes(count);
                default -> Duration.ofSeconds(count);
            });
        }
        return Optional.of(total);
    }

    /** {@code amount} as typed: e.g. {@code 1d2h}, {@code 30s}; {@code 0s} for none; a minus sign before a negative one. */
    public static String text(Duration amount) {
        Duration size = amount.abs();
        String text = (size.toDays() > 0 ? size.toDays() + "d" : "")
                + (size.toHoursPart() > 0 ? size.toHoursPart() + "h" : "")
                + (size.toMinutesPart() > 0 ? size.toMinutesPart() + "m" : "")
                + (size.toSecondsPart() > 0 ? size.toSecondsPart() + "s" : "");
        return text.isEmpty() ? "0s" : (amount.isNegative() ? "-" : "") + text;
    }

    /** Where a clock {@code offset} ahead of the computer's stands: {@code 1h ahead of this computer}, {@code 5m behind ...}. */
    public static String comparedWithComputer(Duration offset) {
        return offset.isNegative() ? text(offset.negated()) + " behind this computer"
                : text(offset) + " ahead of this computer";
    }
}
