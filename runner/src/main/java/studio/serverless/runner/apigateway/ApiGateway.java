package studio.serverless.runner.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.delivery.CallOutcome;
import studio.serverless.runner.delivery.FunctionCaller;
import studio.serverless.runner.delivery.StepFunctionsCaller;

/**
 * One API: routes a request, sends its function the proxy event (or starts its state machine's execution through
 * {@link StepFunctionsIntegration}), and maps the answer or the failure to the HTTP response API Gateway would
 * give. The integration gives up after 29 seconds (REST) or 30 (HTTP APIs), as API Gateway does, whatever the
 * function's own timeout.
 */
public final class ApiGateway {

    /** The integration timeout of REST APIs. */
    public static final Duration REST_INTEGRATION_TIMEOUT = Duration.ofSeconds(29);
    /** The integration timeout of HTTP APIs. */
    public static final Duration HTTP_INTEGRATION_TIMEOUT = Duration.ofSeconds(30);

    private final ApiDefinition api;
    private final RouteMatcher routes;
    private final FunctionCaller functions;
    private final StepFunctionsIntegration stepFunctions;
    private final ExecutorService integrations;
    private final Duration timeout;
    private final String accountId;
    private final ApiActivity activity;

    /**
     * An API whose integrations call {@code functions} on {@code integrations}' threads.
     *
     * @param timeout the integration timeout ({@link #integrationTimeout(ApiType)}; tests use less)
     */
    public ApiGateway(ApiDefinition api, FunctionCaller functions, ExecutorService integrations, Duration timeout,
            String accountId) {
        this(api, functions, StepFunctionsCaller.NONE, integrations, timeout, accountId);
    }

    /** An API whose routes to state machines call {@code stepFunctions}; see the other constructor. */
    public ApiGateway(ApiDefinition api, FunctionCaller functions, StepFunctionsCaller stepFunctions,
            ExecutorService integrations, Duration timeout, String accountId) {
        this(api, functions, stepFunctions, integrations, timeout, accountId, ActivityFeed.quiet());
    }

    /** An API that publishes each request it hands to an integration to {@code activity}; see the others. */
    public ApiGateway(ApiDefinition api, FunctionCaller functions, StepFunctionsCaller stepFunctions,
            ExecutorService integrations, Duration timeout, String accountId, ActivityFeed activity) {
        this.activity = new ApiActivity(api.name(), activity);
        this.api = api;
        this.routes = new RouteMatcher(api.routes());
        this.functions = functions;
        this.stepFunctions = new StepFunctionsIntegration(stepFunctions, api.type());
        this.integrations = integrations;
        this.timeout = timeout;
        this.accountId = accountId;
    }

    /** API Gateway's integration timeout for an API of {@code type}. */
    public static Duration integrationTimeout(ApiType type) {
        return type == ApiType.REST ? REST_INTEGRATION_TIMEOUT : HTTP_INTEGRATION_TIMEOUT;
    }

    /** The API this gateway serves. */
    public ApiDefinition api() {
        return api;
    }

    /** Answers one request. */
    public GatewayResponse handle(GatewayRequest request) {
        Optional<RouteMatch> match = routes.match(request.method(), request.path());
        if (match.isEmpty()) {
            activity.unrouted(request);
            return api.type() == ApiType.HTTP ? GatewayResponse.message(404, "Not Found")
                    : GatewayResponse.message(403, "Missing Authentication Token");
        }
        activity.received(request, match.get().route().integration());
        GatewayResponse response = integrate(request, match.get());
        activity.answered(request, match.get().route().integration(), response);
        return response;
    }

    private GatewayResponse integrate(GatewayRequest request, RouteMatch match) {
        if (match.route().integration() instanceof RouteIntegration.StartExecution start) {
            return withinTimeout(() -> stepFunctions.start(start, request));
        }
        ObjectNode event = api.type() == ApiType.HTTP ? HttpApiEvent.of(request, match, api, accountId)
                : RestProxyEvent.of(request, match, api, accountId);
        byte[] bytes = event.toString().getBytes(StandardCharsets.UTF_8);
        String functionName = match.route().integration().target();
        // a function that ends within the timeout by itself is called on this thread: two thread hand-overs fewer
        if (functions.endsWithin(functionName, timeout)) {
            return response(functions.call(functionName, bytes));
        }
        return withinTimeout(() -> response(functions.call(functionName, bytes)));
    }

    /** Runs an integration on an integration thread that this one stops waiting for at the timeout. */
    private GatewayResponse withinTimeout(Callable<GatewayResponse> integration) {
        Future<GatewayResponse> call = integrations.submit(integration);
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return api.type() == ApiType.HTTP ? GatewayResponse.message(503, "Service Unavailable")
                    : GatewayResponse.message(504, "Endpoint request timed out");
        } catch (ExecutionException e) {
            return ProxyResponses.malformed(api.type());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayResponse.message(503, "Service Unavailable");
        }
    }

    private GatewayResponse response(CallOutcome outcome) {
        return switch (outcome.kind()) {
            case ANSWERED -> ProxyResponses.of(api.type(), outcome.payload());
            case THROTTLED -> GatewayResponse.message(429, "Too Many Requests");
            case FUNCTION_ERROR, NO_FUNCTION -> ProxyResponses.malformed(api.type());
        };
    }
}
