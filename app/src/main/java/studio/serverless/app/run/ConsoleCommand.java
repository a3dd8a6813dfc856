package studio.serverless.app.run;

import java.time.Duration;

/** A line typed on {@code studio run}'s console, understood by {@link ConsoleCommandParser}. */
public sealed interface ConsoleCommand {

    /** {@code fire RULE}: fire a schedule rule now. */
    record Fire(String ruleName) implements ConsoleCommand {
    }

    /** {@code advance 1h}: move the local cloud's clock ahead. */
    record Advance(Duration amount) implements ConsoleCommand {
    }

    /** {@code advance next}: move the local cloud's clock to when the next scheduled thing falls due. */
    record AdvanceToNext() implements ConsoleCommand {
    }

    /** {@code pause}: stop the local cloud's clock. */
    record Pause() implements ConsoleCommand {
    }

    /** {@code resume}: let the local cloud's clock run on from where it stood. */
    record Resume() implements ConsoleCommand {
    }

    /** {@code help}: list the commands. */
    record Help() implements ConsoleCommand {
    }

    /** An empty line: nothing to do. */
    record Nothing() implements ConsoleCommand {
    }

    /** A line that is no command, with what is wrong and what would be right. */
    record Invalid(String message) implements ConsoleCommand {
    }
}
