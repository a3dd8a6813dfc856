package studio.serverless.codegen.sam;

import static studio.serverless.codegen.sam.Intrinsics.getAtt;
import static studio.serverless.codegen.sam.Intrinsics.ref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.serverless.codegen.text.ApiRoute;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * The resources of an API: an {@code AWS::Serverless::HttpApi} or {@code AWS::Serverless::Api}. Routes to
 * functions (and REST routes to state machines) are SAM events of their targets. An HTTP API route to a state
 * machine, which SAM has no event for, becomes an {@code AWS::ApiGatewayV2::Integration} of subtype
 * StepFunctions-StartExecution (StartSyncExecution for Express workflows) with an {@code AWS::ApiGatewayV2::Route}
 * and one role per API that may start exactly those state machines.
 */
final class ApiResources {

    private final SamContext context;

    ApiResources(SamContext context) {
        this.context = context;
    }

    static boolean isRest(Service api) {
        return "REST".equals(api.properties().text("apiType"));
    }

    /** The API and, for an HTTP API with state machine routes, their integrations, routes and role. */
    List<CfnResource> of(Service api) {
        List<CfnResource> resources = new ArrayList<>(List.of(api(api)));
        if (!isRest(api)) {
            List<Connection> toMachines = integrations(api, ServiceKind.STEP_FUNCTIONS);
            String role = context.logicalId(api.id()) + "StatesRole";
            for (Connection connection : toMachines) {
                resources.addAll(stateMachineRoute(api, connection, role));
            }
            if (!toMachines.isEmpty()) {
                resources.add(new ApiStatesRole(context).of(role, toMachines));
            }
        }
        return resources;
    }

    private CfnResource api(Service api) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Name", api.name());
        properties.put("StageName", api.properties().text("stageName"));
        boolean rest = isRest(api);
        if (api.properties().bool("cors")) {
            Object any = rest ? "'*'" : List.of("*");
            Map<String, Object> cors = new LinkedHashMap<>();
            cors.put(rest ? "AllowOrigin" : "AllowOrigins", any);
            cors.put("AllowMethods", any);
            cors.put("AllowHeaders", any);
            properties.put(rest ? "Cors" : "CorsConfiguration", cors);
        }
        boolean routedBySam = rest ? !integrations(api, null).isEmpty()
                : !integrations(api, ServiceKind.LAMBDA_FUNCTION).isEmpty();
        if (!routedBySam) {
            properties.put("DefinitionBody", emptyDefinition(api, rest));
        }
        return new CfnResource(context.logicalId(api.id()), rest ? "AWS::Serverless::Api"
                : "AWS::Serverless::HttpApi", properties);
    }

    private List<CfnResource> stateMachineRoute(Service api, Connection connection, String role) {
        ApiRoute route = ApiRoute.parse(connection.properties().text("route"), connection);
        Service machine = context.service(connection.target());
        String base = context.logicalId(api.id()) + ResourceNames.pascalCase(route.routeKey());
        Map<String, Object> integration = new LinkedHashMap<>();
        integration.put("ApiId", ref(context.logicalId(api.id())));
        integration.put("IntegrationType", "AWS_PROXY");
        integration.put("IntegrationSubtype", ApiStatesRole.isExpress(machine)
                ? "StepFunctions-StartSyncExecution" : "StepFunctions-StartExecution");
        integration.put("PayloadFormatVersion", "1.0");
        integration.put("CredentialsArn", getAtt(role, "Arn"));
        integration.put("RequestParameters", DataResources.ordered(
                "StateMachineArn", ref(context.logicalId(machine.id())), "Input", "$request.body"));
        Map<String, Object> routeProperties = new LinkedHashMap<>();
        routeProperties.put("ApiId", ref(context.logicalId(api.id())));
        routeProperties.put("RouteKey", route.routeKey());
        routeProperties.put("Target", Intrinsics.join("/", List.of("integrations", ref(base + "Integration"))));
        return List.of(new CfnResource(base + "Integration", "AWS::ApiGatewayV2::Integration", integration),
                new CfnResource(base + "Route", "AWS::ApiGatewayV2::Route", routeProperties));
    }

    /** The API's integrations to targets of a kind (any kind when {@code null}). */
    private List<Connection> integrations(Service api, ServiceKind targetKind) {
        return context.outgoing(api.id(), ConnectionType.API_INTEGRATION).stream()
                .filter(c -> targetKind == null || context.service(c.target()).kind() == targetKind).toList();
    }

    /** An OpenAPI document without paths: SAM needs a body for an API that no SAM event adds routes to. */
    private static Map<String, Object> emptyDefinition(Service api, boolean rest) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put(rest ? "swagger" : "openapi", rest ? "2.0" : "3.0.1");
        definition.put("info", DataResources.ordered("title", api.name(), "version", "1.0"));
        definition.put("paths", Map.of());
        return definition;
    }
}
