package studio.serverless.app.run;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the commands of {@code studio run}'s console: {@code fire RULE}, {@code advance TIME} (amounts such as
 * {@code 30s}, {@code 15m}, {@code 1h}, {@code 2d} or {@code 1h30m}, or {@code next}), {@code pause},
 * {@code resume} and {@code help}. Command words are
 * case-insensitive; rule names are taken as typed.
 */
public final class ConsoleCommandParser {

    private static final String AMOUNT_EXAMPLES = TimeAmount.EXAMPLES + ", or next";

    private ConsoleCommandParser() {
    }

    /** The command on {@code line}; {@link ConsoleCommand.Invalid} says what is wrong with a line that is none. */
    public static ConsoleCommand parse(String line) {
        String[] words = line.strip().split("\\s+");
        String verb = words[0].toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "" -> new ConsoleCommand.Nothing();
            case "help", "?" -> new ConsoleCommand.Help();
            case "pause" -> words.length == 1 ? new ConsoleCommand.Pause()
                    : new ConsoleCommand.Invalid("pause takes nothing after it");
            case "resume" -> words.length == 1 ? new ConsoleCommand.Resume()
                    : new ConsoleCommand.Invalid("resume takes nothing after it");
            case "fire" -> words.length == 2 ? new ConsoleCommand.Fire(words[1])
                    : new ConsoleCommand.Invalid("fire needs one rule name, e.g. fire nightly-report");
            case "advance" -> words.length == 2 ? advance(words[1])
                    : new ConsoleCommand.Invalid("advance needs one amount of time " + AMOUNT_EXAMPLES);
            default -> new ConsoleCommand.Invalid("unknown command '" + words[0] + "'; type help for the commands");
        };
    }

    private static ConsoleCommand advance(String text) {
        if (text.equalsIgnoreCase("next")) {
            return new ConsoleCommand.AdvanceToNext();
        }
        Optional<Duration> amount = TimeAmount.parse(text);
        if (amount.isEmpty()) {
            return new ConsoleCommand.Invalid("advance needs an amount of time " + AMOUNT_EXAMPLES + "; got '"
                    + text + "'");
        }
        return amount.get().isZero() ? new ConsoleCommand.Invalid("advance needs more than no time; got '" + text
                + "'") : new ConsoleCommand.Advance(amount.get());
    }
}
