package studio.serverless.runner.apigateway;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.delivery.FunctionCaller;
import studio.serverless.runner.delivery.StepFunctionsCaller;

/**
 * The listeners of a diagram's APIs, started together and stopped together. The first API listens on
 * {@code firstPort}, the next on the port after it, and so on (0: each on any free port).
 */
public final class ApiGateways implements AutoCloseable {

    private final List<ApiGatewayListener> listeners;
    private final ExecutorService integrations;

    private ApiGateways(List<ApiGatewayListener> listeners, ExecutorService integrations) {
        this.listeners = List.copyOf(listeners);
        this.integrations = integrations;
    }

    /**
     * Starts a listener per API.
     *
     * @throws UncheckedIOException when a port is taken (the listeners already started are stopped)
     */
    public static ApiGateways start(List<ApiDefinition> apis, FunctionCaller functions, int firstPort,
            String accountId) {
        return start(apis, functions, StepFunctionsCaller.NONE, firstPort, accountId);
    }

    /**
     * Starts a listener per API, whose routes to state machines call {@code stepFunctions}.
     *
     * @throws UncheckedIOException when a port is taken (the listeners already started are stopped)
     */
    public static ApiGateways start(List<ApiDefinition> apis, FunctionCaller functions,
            StepFunctionsCaller stepFunctions, int firstPort, String accountId) {
        return start(apis, functions, stepFunctions, firstPort, accountId, ActivityFeed.quiet());
    }

    /**
     * Starts a listener per API as {@link #start(List, FunctionCaller, StepFunctionsCaller, int, String)} does,
     * publishing every request to {@code activity} (the local cloud's {@code activity()}).
     *
     * @throws UncheckedIOException when a port is taken (the listeners already started are stopped)
     */
    public static ApiGateways start(List<ApiDefinition> apis, FunctionCaller functions,
            StepFunctionsCaller stepFunctions, int firstPort, String accountId, ActivityFeed activity) {
        ExecutorService integrations = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "api-integration");
            thread.setDaemon(true);
            return thread;
        });
        List<ApiGatewayListener> started = new ArrayList<>();
        try {
            for (int i = 0; i < apis.size(); i++) {
                ApiDefinition api = apis.get(i);
                ApiGateway gateway = new ApiGateway(api, functions, stepFunctions, integrations,
                        ApiGateway.integrationTimeout(api.type()), accountId, activity);
                started.add(ApiGatewayListener.start(gateway, firstPort == 0 ? 0 : firstPort + i));
            }
        } catch (RuntimeException e) {
            started.forEach(ApiGatewayListener::close);
            integrations.shutdownNow();
            throw e;
        }
        return new ApiGateways(started, integrations);
    }

    /** The listeners, in the order of the APIs given. */
    public List<ApiGatewayListener> listeners() {
        return listeners;
    }

    /** Stops every listener. */
    @Override
    public void close() {
        listeners.forEach(ApiGatewayListener::close);
        integrations.shutdownNow();
    }
}
