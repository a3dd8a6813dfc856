package studio.serverless.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands typed on {@code studio run}'s console, and the messages for lines that are none. */
class ConsoleCommandParserTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "fire nightly-report       | Fire[ruleName=nightly-report]",
        "  FIRE   Nightly          | Fire[ruleName=Nightly]",
        "advance 1h                | Advance[amount=PT1H]",
        "advance 90s               | Advance[amount=PT1M30S]",
        "advance 2d                | Advance[amount=PT48H]",
        "advance 1h30M             | Advance[amount=PT1H30M]",
        "advance next              | AdvanceToNext[]",
        "pause                     | Pause[]",
        "Resume                    | Resume[]",
        "pause now                 | Invalid[message=pause takes nothing after it]",
        "help                      | Help[]",
        "?                         | Help[]",
        "''                        | Nothing[]",
        "fire                      | Invalid[message=fire needs one rule name, e.g. fire nightly-report]",
        "fire a b                  | Invalid[message=fire needs one rule name, e.g. fire nightly-report]",
        "advance                   | Invalid[message=advance needs one amount of time such as 30s, 15m, 1h, 2d or 1h30m, or next]",
        "advance 1 hour            | Invalid[message=advance needs one amount of time such as 30s, 15m, 1h, 2d or 1h30m, or next]",
        "advance soon              | Invalid[message=advance needs an amount of time such as 30s, 15m, 1h, 2d or 1h30m, or next; got 'soon']",
        "advance 0m                | Invalid[message=advance needs more than no time; got '0m']",
        "stop                      | Invalid[message=unknown command 'stop'; type help for the commands]",
    })
    void aLineIsUnderstoodAsItsCommand(String line, String command) {
        assertEquals(command, ConsoleCommandParser.parse(line).toString());
    }

    @Test
    void advanceAddsItsParts() {
        assertEquals(new ConsoleCommand.Advance(Duration.ofSeconds(93_784)), ConsoleCommandParser.parse("advance 1d2h3m4s"));
    }
}
