package studio.serverless.app.run;

import java.util.Deque;
import java.util.List;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.apigateway.ApiGateways;
import studio.serverless.runner.provision.DiagramProvisioner;
import studio.serverless.runner.provision.ProvisionedResource;

/**
 * A diagram running in the local cloud, as {@code studio run} and the desktop's Run start it: the local cloud on
 * 127.0.0.1 with an {@link AdvanceableClock}, the handler project prepared (missing handlers generated, Node.js
 * packages installed, Java functions built), the diagram's resources created, one listener per API, and the
 * handlers watched so an edited one is reloaded. {@link #start} reports each step to a {@link LocalRunListener};
 * when a step fails, or the starting thread is interrupted (a cancelled start), what had started is stopped again
 * before it returns. {@link #close()} stops it all and frees every port.
 */
public final class LocalRun implements AutoCloseable {

    private final AdvanceableClock clock;
    private final LocalCloud cloud;
    private final HandlerProject project;
    private final RunResources resources;
    private final ApiGateways apis;
    private final Deque<AutoCloseable> started;

    private LocalRun(RunStart start) {
        this.clock = start.clock();
        this.cloud = start.cloud();
        this.project = start.project();
        this.resources = start.resources();
        this.apis = start.apis();
        this.started = start.started();
    }

    /**
     * Starts the run of {@code settings.diagram()}, telling {@code listener} each step.
     *
     * @throws LocalRunException    when a step fails (a port taken, a folder that cannot be written, a resource
     *                              the local cloud refuses); nothing is left running
     * @throws InterruptedException when the thread is interrupted while starting; nothing is left running
     */
    public static LocalRun start(LocalRunSettings settings, LocalRunListener listener)
            throws LocalRunException, InterruptedException {
        RunStart start = new RunStart(settings, listener);
        try {
            start.run();
            return new LocalRun(start);
        } catch (LocalRunException | InterruptedException | RuntimeException | Error e) {
            closeAll(start.started());
            throw e;
        }
    }

    /** The local cloud (its engines and endpoint). */
    public LocalCloud cloud() {
        return cloud;
    }

    /** The APIs' listeners, one per API of the diagram, with their ports. */
    public ApiGateways apis() {
        return apis;
    }

    /** What was created in the local cloud, as {@link DiagramProvisioner#provision} returned it. */
    public List<ProvisionedResource> resources() {
        return resources.created();
    }

    /** What could not be created, one sentence each (the rest runs all the same). */
    public List<String> problems() {
        return resources.problems();
    }

    /** The diagram as run: its functions carry the runtime and handler of their generated code. */
    public Diagram diagram() {
        return project.diagram();
    }

    /** The local cloud's clock, which the console or the desktop advances. */
    public AdvanceableClock clock() {
        return clock;
    }

    /** The handler project the functions run from. */
    public HandlerProject project() {
        return project;
    }

    /** Stops the handler watch, the APIs and the local cloud (in that order); calling it again does nothing. */
    public void stop() {
        closeAll(started);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        synchronized (started) {
            while (!started.isEmpty()) {
                try {
                    started.pop().close();
                } catch (Exception e) {
                    // stopping goes on: what is left must be stopped too
                }
            }
        }
    }
}
