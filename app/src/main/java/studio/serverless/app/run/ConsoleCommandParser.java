package studio.serverless.app.run;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the commands of {@code studio run}'s console: {@code fire RULE}, {@code advance TIME} (amounts such as
 * {@code 30s}, {@code 15m}, {@code 1h}, {@code 2d} or {@code 1h30m}) and {@code help}. Command words are
 * case-insensitive; rule names are taken as typed.
 */
public final class ConsoleCommandParser {

    private static final Pattern AMOUNT = Pattern.compile("(?:\\d{1,9}[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,9})([dhms])");
    private static final String AMOUNT_EXAMPLES = "such as 30s, 15m, 1h, 2d or 1h30m";

    private ConsoleCommandParser() {
    }

    /** The command on {@code line}; {@link ConsoleCommand.Invalid} says what is wrong with a line that is none. */
    public static ConsoleCommand parse(String line) {
        String[] words = line.strip().split("\\s+");
        String verb = words[0].toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "" -> new ConsoleCommand.Nothing();
            case "help", "?" -> new ConsoleCommand.Help();
            case "fire" -> words.length == 2 ? new ConsoleCommand.Fire(words[1])
                    : new ConsoleCommand.Invalid("fire needs one rule name, e.g. fire nightly-report");
            case "advance" -> words.length == 2 ? advance(words[1])
                    : new ConsoleCommand.Invalid("advance needs one amount of time " + AMOUNT_EXAMPLES);
            default -> new ConsoleCommand.Invalid("unknown command '" + words[0] + "'; type help for the commands");
        };
    }

    private static ConsoleCommand advance(String text) {
        String amount = text.toLowerCase(Locale.ROOT);
        if (!AMOUNT.matcher(amount).matches()) {
            return new ConsoleCommand.Invalid("advance needs an amount of time " + AMOUNT_EXAMPLES + "; got '"
                    + text + "'");
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
        return total.isZero() ? new ConsoleCommand.Invalid("advance needs more than no time; got '" + text + "'")
                : new ConsoleCommand.Advance(total);
    }
}
