package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.apigateway.ApiDefinition;
import studio.serverless.runner.apigateway.ApiRoute;
import studio.serverless.runner.apigateway.ApiType;
import studio.serverless.runner.apigateway.RouteIntegration;
import studio.serverless.runner.endpoint.CallerIdentity;

/**
 * The APIs of a diagram as the local API Gateway serves them: each API Gateway service with the routes of its
 * integration connections, to functions (Lambda proxy) and to state machines (StartExecution, or
 * StartSyncExecution for an Express workflow, as the infrastructure targets integrate them). A route to anything
 * else is left out and reported by {@link #unservedRoutes(Diagram)}.
 */
public final class ApiDefinitions {

    private ApiDefinitions() {
    }

    /** The diagram's APIs, in diagram order. */
    public static List<ApiDefinition> of(Diagram diagram) {
        List<ApiDefinition> apis = new ArrayList<>();
        for (Service service : diagram.services()) {
            if (service.kind() == ServiceKind.API_GATEWAY) {
                apis.add(definition(diagram, service));
            }
        }
        return apis;
    }

    /** Routes the local gateway does not serve yet, as {@code "API: ROUTE -> TARGET"}. */
    public static List<String> unservedRoutes(Diagram diagram) {
        List<String> unserved = new ArrayList<>();
        for (Service api : diagram.services()) {
            for (Connection connection : integrations(diagram, api)) {
                Service target = diagram.require(connection.target());
                if (integration(target) == null) {
                    unserved.add(api.name() + ": " + connection.properties().text("route") + " -> " + target.name());
                }
            }
        }
        return unserved;
    }

    private static ApiDefinition definition(Diagram diagram, Service api) {
        ApiType type = "REST".equals(api.properties().text("apiType")) ? ApiType.REST : ApiType.HTTP;
        List<ApiRoute> routes = new ArrayList<>();
        for (Connection connection : integrations(diagram, api)) {
            Service target = diagram.require(connection.target());
            String route = connection.properties().text("route");
            RouteIntegration integration = integration(target);
            if (integration != null && route != null && !route.isBlank()) {
                routes.add(ApiRoute.parse(route, integration));
            }
        }
        String stage = api.properties().text("stageName");
        return new ApiDefinition(api.name(), type, stage == null || stage.isBlank() ? "$default" : stage,
                api.properties().bool("cors"), routes);
    }

    /** What a route to {@code target} calls, or null when the local gateway cannot call it. */
    private static RouteIntegration integration(Service target) {
        return switch (target.kind()) {
            case LAMBDA_FUNCTION -> new RouteIntegration.LambdaProxy(target.name());
            case STEP_FUNCTIONS -> new RouteIntegration.StartExecution(LocalSubstitutions.stateMachineArn(
                    LocalCloud.DEFAULT_REGION, CallerIdentity.ACCOUNT_ID, target.name()),
                    "EXPRESS".equals(target.properties().text("type")));
            default -> null;
        };
    }

    private static List<Connection> integrations(Diagram diagram, Service api) {
        return diagram.connectionsOf(api.id()).stream()
                .filter(connection -> connection.type() == ConnectionType.API_INTEGRATION
                        && connection.source().equals(api.id()))
                .toList();
    }
}
