package studio.serverless.app.run;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.AdvanceableClock;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.apigateway.ApiGateways;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.lambda.engine.LambdaFunctionCaller;
import studio.serverless.runner.provision.ApiDefinitions;
import studio.serverless.runner.provision.DiagramProvisioner;
import studio.serverless.runner.provision.ProvisionedResource;
import studio.serverless.runner.stepfunctions.api.StepFunctionsAdapter;

/**
 * The steps of starting a {@link LocalRun}, one after the other, each announced to the listener; what each step
 * starts is pushed on {@link #started()} so a failed or cancelled start can stop it again, last started first.
 */
final class RunStart {

    private final LocalRunSettings settings;
    private final LocalRunListener listener;
    private final PrintWriter out;
    private final AdvanceableClock clock = new AdvanceableClock();
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private LocalCloud cloud;
    private HandlerProject project;
    private RunResources resources;
    private ApiGateways apis;

    RunStart(LocalRunSettings settings, LocalRunListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.out = LineWriter.to(listener::output);
    }

    /** Runs every step; on an exception, what started is still in {@link #started()}. */
    void run() throws LocalRunException, InterruptedException {
        cloud = step(RunStep.STARTING_CLOUD, () -> LocalCloud.start(settings.cloudPort(), clock,
                settings.dataFolder()));
        started.push(cloud);
        project = step(RunStep.PREPARING_HANDLERS, () -> HandlerProject.prepare(settings.diagram(),
                settings.projectFolder()));
        step(RunStep.INSTALLING_PACKAGES, () -> {
            new NodeDependencies(out).installMissing(project);
            return null;
        });
        step(RunStep.BUILDING_JAVA, () -> {
            JavaHandlerBuilds.withMavenOnPath().buildAll(project, out);
            return null;
        });
        resources = step(RunStep.CREATING_RESOURCES, this::provision);
        cloud.lambda().useLogListener(listener::functionLog);
        apis = step(RunStep.STARTING_APIS, () -> startApis(project.diagram()));
        started.push(apis);
        started.push(step(RunStep.WATCHING_HANDLERS, () -> new HandlerReloader(project.codeFolders(),
                this::reload)));
    }

    private <T> T step(RunStep step, StepAction<T> action) throws LocalRunException, InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the start was cancelled");
        }
        listener.step(step);
        try {
            return action.run();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new LocalRunException(step, e);
        }
    }

    private RunResources provision() {
        DiagramProvisioner provisioner = DiagramProvisioner.forCloud(cloud,
                new LocalFunctionSources(project, cloud.endpoint()));
        List<ProvisionedResource> created = provisioner.provision(project.diagram());
        return new RunResources(created, provisioner.problems());
    }

    private ApiGateways startApis(Diagram diagram) {
        return ApiGateways.start(ApiDefinitions.of(diagram), new LambdaFunctionCaller(cloud.lambda()),
                new StepFunctionsAdapter(cloud.stepFunctions()), settings.firstApiPort(), CallerIdentity.ACCOUNT_ID,
                cloud.activity());
    }

    /** An edited handler: a Java function's project is rebuilt first, then its environments retired. */
    private void reload(String function, String changedFile) {
        JavaHandlerBuilds.withMavenOnPath().rebuild(project, function, out);
        cloud.lambda().reload(function);
        out.println("[" + function + "] " + changedFile + " changed: the next invocation loads the new code");
    }

    AdvanceableClock clock() {
        return clock;
    }

    LocalCloud cloud() {
        return cloud;
    }

    HandlerProject project() {
        return project;
    }

    RunResources resources() {
        return resources;
    }

    ApiGateways apis() {
        return apis;
    }

    Deque<AutoCloseable> started() {
        return started;
    }

    /** One step's work. */
    @FunctionalInterface
    private interface StepAction<T> {
        T run() throws Exception;
    }
}
