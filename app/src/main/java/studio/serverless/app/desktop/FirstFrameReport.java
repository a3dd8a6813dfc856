package studio.serverless.app.desktop;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The hidden {@code studio --smoke-test}: once the window's scene has been laid out for its first frame, prints how
 * long after the process start that was and how much CPU time the process had used by then, then closes the app.
 * The installers' CI check and start-up benchmark read the line (docs/decisions/0042); the time counts from the
 * process start, so it includes the JVM's own start-up, and the CPU time says what the start costs on a busy machine.
 */
final class FirstFrameReport {

    /** The start of each report line; the benchmark script finds the figure after it. */
    static final String PREFIX = "studio: main window drawn ";

    private final PrintStream out;
    private final Runnable exit;

    /** A report printed on {@code out}, then {@code exit} run (the app passes {@code Platform::exit}). */
    FirstFrameReport(PrintStream out, Runnable exit) {
        this.out = out;
        this.exit = exit;
    }

    /** Waits for the scene's first laid-out pulse, then reports and exits, once. */
    void closeAfterFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // after the pulse, so the frame laid out in it has been handed to the renderer
            Platform.runLater(this::reportAndExit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void reportAndExit() {
        ProcessHandle.Info process = ProcessHandle.current().info();
        out.println(PREFIX + sinceStart(process).toMillis() + " ms after the process started ("
                + process.totalCpuDuration().orElse(Duration.ZERO).toMillis() + " ms of CPU)");
        out.flush();
        exit.run();
    }

    private static Duration sinceStart(ProcessHandle.Info process) {
        return process.startInstant().map(start -> Duration.between(start, Instant.now())).orElse(Duration.ZERO);
    }
}
