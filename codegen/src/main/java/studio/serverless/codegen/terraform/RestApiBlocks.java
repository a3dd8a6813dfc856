package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.serverless.codegen.text.ApiRoute;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclCall;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * A REST API ({@code aws_api_gateway_*}) described by an OpenAPI body, as SAM does: a Lambda proxy integration
 * per route to a function, a StartExecution (StartSyncExecution for Express) integration per route to a state
 * machine through one role per API, CORS preflights when asked for ({@link RestApiCors}), a deployment redeployed
 * whenever the body changes, and the stage.
 */
final class RestApiBlocks {

    private static final String INTEGRATION = "x-amazon-apigateway-integration";

    private final TerraformContext context;

    RestApiBlocks(TerraformContext context) {
        this.context = context;
    }

    List<HclBlock> of(Service api) {
        String name = context.name(api.id());
        HclBlock block = HclBlock.resource("aws_api_gateway_rest_api", name).set("name", api.name())
                .set("body", HclCall.jsonencode(body(api, name + "_states")));
        HclBlock deployment = HclBlock.resource("aws_api_gateway_deployment", name)
                .set("rest_api_id", block.ref("id"))
                .set("triggers", Map.of("redeployment", HclExpression.call("sha1", List.of(
                        HclExpression.call("jsonencode", List.of(block.ref("body")))))))
                .add(HclBlock.of("lifecycle").set("create_before_destroy", true));
        List<HclBlock> blocks = new ArrayList<>(List.of(block, deployment,
                HclBlock.resource("aws_api_gateway_stage", name).set("rest_api_id", block.ref("id"))
                        .set("deployment_id", deployment.ref("id"))
                        .set("stage_name", api.properties().text("stageName"))));
        List<Connection> toMachines = context.outgoing(api.id(), ConnectionType.API_INTEGRATION).stream()
                .filter(this::isStateMachine).toList();
        if (!toMachines.isEmpty()) {
            HclBlock role = IamDocuments.role(name + "_states", "apigateway.amazonaws.com");
            blocks.add(role);
            blocks.add(IamDocuments.rolePolicy(name + "_states", role, toMachines.stream()
                    .map(connection -> IamDocuments.allow(List.of("states:" + startAction(connection)),
                            List.of(context.ref(connection.target(), "arn")))).toList()));
        }
        return blocks;
    }

    /** The OpenAPI document: a path per route, an operation per method, each with its integration. */
    private Map<String, Object> body(Service api, String statesRole) {
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (Connection connection : context.outgoing(api.id(), ConnectionType.API_INTEGRATION)) {
            ApiRoute route = ApiRoute.of(connection);
            paths.computeIfAbsent(route.path(), path -> new LinkedHashMap<>()).put(method(route), operation(
                    isStateMachine(connection) ? statesIntegration(connection, statesRole) : proxy(connection)));
        }
        if (api.properties().bool("cors")) {
            paths.values().forEach(operations -> operations.putIfAbsent("options", RestApiCors.preflight()));
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", api.name());
        info.put("version", "1.0");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("openapi", "3.0.1");
        body.put("info", info);
        body.put("paths", paths);
        return body;
    }

    private boolean isStateMachine(Connection connection) {
        return context.service(connection.target()).kind() == ServiceKind.STEP_FUNCTIONS;
    }

    private static String method(ApiRoute route) {
        return "ANY".equals(route.method()) ? "x-amazon-apigateway-any-method"
                : route.method().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> operation(Map<String, Object> integration) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("responses", Map.of("200", Map.of("description", "OK")));
        operation.put(INTEGRATION, integration);
        return operation;
    }

    private Map<String, Object> proxy(Connection connection) {
        Map<String, Object> integration = new LinkedHashMap<>();
        integration.put("type", "aws_proxy");
        integration.put("httpMethod", "POST");
        integration.put("uri", context.ref(connection.target(), "invoke_arn"));
        integration.put("payloadFormatVersion", "1.0");
        return integration;
    }

    private Map<String, Object> statesIntegration(Connection connection, String role) {
        Map<String, Object> integration = new LinkedHashMap<>();
        integration.put("type", "aws");
        integration.put("httpMethod", "POST");
        integration.put("uri", HclExpression.template("arn:", TerraformContext.PARTITION, ":apigateway:",
                TerraformContext.REGION, ":states:action/" + startAction(connection)));
        integration.put("credentials", HclBlock.resource("aws_iam_role", role).ref("arn"));
        integration.put("requestTemplates", Map.of("application/json", HclExpression.template(
                "{\"input\": \"$util.escapeJavaScript($input.json('$'))\", \"stateMachineArn\": \"",
                context.ref(connection.target(), "arn"), "\"}")));
        integration.put("responses", Map.of("default", Map.of("statusCode", "200")));
        return integration;
    }

    private String startAction(Connection connection) {
        boolean express = "EXPRESS".equals(context.service(connection.target()).properties().text("type"));
        return express ? "StartSyncExecution" : "StartExecution";
    }
}
