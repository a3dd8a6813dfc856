package studio.serverless.app.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.events.engine.EventsException;
import studio.serverless.runner.events.engine.Rule;
import studio.serverless.runner.events.engine.ScheduleFiring;
import studio.serverless.runner.events.engine.Target;

/**
 * The console of {@code studio run}: commands typed while the local cloud serves ({@code fire RULE},
 * {@code advance TIME}, {@code advance next}, {@code pause}, {@code resume}, {@code help}), each answered with what it did. Reading runs on a daemon thread; the end of
 * input (no terminal, or input closed) ends the console, never the run.
 */
public final class RunConsole {

    private final LocalCloud cloud;
    private final AdvanceableClock clock;
    private final PrintWriter out;

    /** A console acting on {@code cloud}, whose clock is {@code clock}, printing to {@code out}. */
    public RunConsole(LocalCloud cloud, AdvanceableClock clock, PrintWriter out) {
        this.cloud = cloud;
        this.clock = clock;
        this.out = out;
    }

    /** Starts reading commands from {@code input}, one a line, on a daemon thread. */
    public void readFrom(Reader input) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(input)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String answer = execute(line);
                    if (!answer.isEmpty()) {
                        synchronized (out) {
                            out.println(answer);
                            out.flush();
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                out.println("console stopped reading: " + e.getMessage());
                out.flush();
            }
        }, "studio-run-console");
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs one typed line; answers what to print (empty for an empty line). */
    public String execute(String line) {
        ConsoleCommand command = ConsoleCommandParser.parse(line);
        if (command instanceof ConsoleCommand.Fire fire) {
            return fire(fire.ruleName());
        } else if (command instanceof ConsoleCommand.Advance advance) {
            return advance(advance.amount());
        } else if (command instanceof ConsoleCommand.AdvanceToNext) {
            return advanceToNext();
        } else if (command instanceof ConsoleCommand.Pause) {
            clock.pause();
            return "clock paused at " + now() + ": nothing new falls due until resume or advance";
        } else if (command instanceof ConsoleCommand.Resume) {
            clock.resume();
            return "clock running again from " + now();
        } else if (command instanceof ConsoleCommand.Help) {
            return help();
        } else if (command instanceof ConsoleCommand.Invalid invalid) {
            return invalid.message();
        }
        return "";
    }

    private String fire(String ruleName) {
        try {
            ScheduleFiring firing = cloud.events().fireNow(null, ruleName);
            String targets = firing.targets().isEmpty() ? "no targets"
                    : firing.targets().stream().map(Target::id).collect(Collectors.joining(", "));
            return "fired " + firing.ruleName() + ": Scheduled Event " + firing.eventId() + " at " + firing.time()
                    + " to " + targets;
        } catch (EventsException e) {
            return "cannot fire " + ruleName + ": " + e.getMessage() + scheduleRulesHint();
        }
    }

    private String advance(Duration amount) {
        clock.advance(amount);
        int fired = cloud.events().fireDueSchedules();
        return "clock advanced " + TimeAmount.text(amount) + ": now " + now() + " ("
                + TimeAmount.comparedWithComputer(clock.offset()) + (clock.isPaused() ? ", paused" : "")
                + "); " + fired + " scheduled event" + (fired == 1 ? "" : "s") + " fired";
    }

    private String advanceToNext() {
        Optional<Instant> next = cloud.nextScheduledWork();
        if (next.isEmpty()) {
            return "nothing is scheduled: no schedule rule and no waiting Step Functions execution";
        }
        Duration amount = Duration.between(clock.instant(), next.get());
        return amount.isNegative() || amount.isZero() ? "the next scheduled thing is due already, at " + next.get()
                : advance(amount);
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The list of commands, with the schedule rules there are to fire. */
    public String help() {
        return String.join(System.lineSeparator(), "Commands (type one and press Enter):",
                "  fire RULE      fire a schedule rule now, as its schedule would" + scheduleRulesHint(),
                "  advance TIME   move the local cloud's clock ahead, e.g. advance 1h (30s, 15m, 2d, 1h30m);"
                        + " schedules due by then fire, Wait states due by then end",
                "  advance next   move the clock to when the next schedule fires or Wait state ends",
                "  pause          stop the clock: nothing new falls due until resume or advance",
                "  resume         let the clock run on from where it stood",
                "  help           this list",
                "Ctrl+C stops the local cloud.");
    }

    private String scheduleRulesHint() {
        List<String> names = cloud.events().rules(null, null).stream()
                .filter(rule -> rule.definition().scheduleExpression() != null).map(Rule::name).toList();
        return names.isEmpty() ? " (there are no schedule rules)" : " (schedule rules: " + String.join(", ", names)
                + ")";
    }
}
