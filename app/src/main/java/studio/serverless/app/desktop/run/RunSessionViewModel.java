package studio.serverless.app.desktop.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.serverless.app.diagnostics.ValidationSummary;
import studio.serverless.app.run.LocalRun;
import studio.serverless.app.run.LocalRunException;
import studio.serverless.app.run.LocalRunSettings;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.runner.LocalCloud;

/**
 * The run of the open diagram: {@link #run} refuses a diagram with validation errors and otherwise starts it on a
 * background thread, {@link #stop()} cancels a start or stops the run, both without blocking the UI thread; the
 * state, progress and outcome are properties for the view. Edits are locked ({@link #lockedProperty()}) from the
 * start until the run has stopped.
 */
public final class RunSessionViewModel {

    private final RunLauncher launcher;
    private final Executor uiThread;
    private final int cloudPort;
    private final int firstApiPort;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyObjectWrapper<LocalRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final RunProgressModel progress = new RunProgressModel();
    private final RunAttachments attachments = new RunAttachments();
    private final BooleanBinding locked = Bindings.createBooleanBinding(() -> state.get() != RunState.IDLE, state);
    private Thread starting;
    private RunActivitySink sink;

    /** Runs with {@code launcher}, reporting on {@code uiThread}, the cloud and the first API on these ports. */
    public RunSessionViewModel(RunLauncher launcher, Executor uiThread, int cloudPort, int firstApiPort) {
        this.launcher = launcher;
        this.uiThread = uiThread;
        this.cloudPort = cloudPort;
        this.firstApiPort = firstApiPort;
    }

    /** The app's: {@link LocalRun#start} on the local cloud's usual port, the first API on 3000. */
    public static RunSessionViewModel standard() {
        return new RunSessionViewModel(LocalRun::start, Platform::runLater, LocalCloud.DEFAULT_PORT, 3000);
    }

    /** Where the run is. */
    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether the diagram's edits are locked: from Run until the run has stopped. */
    public BooleanBinding lockedProperty() {
        return locked;
    }

    /** The run while it runs, else null; other run panes may follow it. */
    public ReadOnlyObjectProperty<LocalRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** Why the last start failed ("Starting the APIs failed: ..."), empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The start's progress and output. */
    public RunProgressModel progress() {
        return progress;
    }

    /** Adds something that follows every run from its start to its stop. */
    public void addAttachment(RunAttachment attachment) {
        attachments.add(attachment);
    }

    /**
     * Starts running {@code diagram} from the handler project in {@code projectFolder}, showing its activity through
     * {@code activity}; call on the UI thread.
     *
     * @return why it was refused: the diagram has validation errors, or a run is already under way
     */
    public Optional<String> run(Diagram diagram, List<Diagnostic> diagnostics, Path projectFolder,
            RunActivitySink activity) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            return Optional.of("The diagram has " + ValidationSummary.of(errors).describe()
                    + ": fix them before running (they are listed in the Problems panel).");
        }
        if (state.get() != RunState.IDLE) {
            return Optional.of("The diagram is already running: stop it first.");
        }
        failure.set("");
        progress.reset();
        sink = activity;
        state.set(RunState.STARTING);
        LocalRunSettings settings = new LocalRunSettings(diagram, projectFolder, cloudPort, firstApiPort,
                Optional.empty());
        starting = RunAttachments.inBackground("local-run-start", () -> startInBackground(settings));
        return Optional.empty();
    }

    /** Cancels a start under way or stops the run, on a background thread; nothing when idle or stopping. */
    public void stop() {
        if (state.get() == RunState.STARTING) {
            state.set(RunState.STOPPING);
            starting.interrupt();
        } else if (state.get() == RunState.RUNNING) {
            LocalRun running = detach();
            RunAttachments.inBackground("local-run-stop", () -> {
                running.stop();
                uiThread.execute(this::stopped);
            });
        }
    }

    /** Stops the run before returning (the window is closing); a start under way is cancelled. */
    public void stopNow() {
        if (state.get() == RunState.RUNNING) {
            detach().stop();
            stopped();
        } else if (state.get() == RunState.STARTING) {
            stop();
        }
    }

    private void startInBackground(LocalRunSettings settings) {
        RunListenerOnUiThread listener = new RunListenerOnUiThread(progress, uiThread);
        try {
            LocalRun started = launcher.start(settings, listener);
            uiThread.execute(() -> started(started));
        } catch (InterruptedException e) {
            uiThread.execute(this::stopped);
        } catch (Exception e) {
            String why = e instanceof LocalRunException failed ? failed.describe()
                    : "The run could not start: " + e;
            uiThread.execute(() -> {
                failure.set(why);
                stopped();
            });
        }
    }

    private void started(LocalRun started) {
        if (state.get() != RunState.STARTING) {
            RunAttachments.inBackground("local-run-stop", started::stop);
            stopped();
            return;
        }
        run.set(started);
        progress.done("local cloud at " + started.cloud().endpoint());
        state.set(RunState.RUNNING);
        attachments.attachAll(started, sink);
    }

    private LocalRun detach() {
        state.set(RunState.STOPPING);
        attachments.closeAll();
        return run.get();
    }

    private void stopped() {
        run.set(null);
        if (sink != null) {
            sink.runStopped();
        }
        state.set(RunState.IDLE);
    }
}
