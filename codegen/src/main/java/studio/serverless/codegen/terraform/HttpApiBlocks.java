package studio.serverless.codegen.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import studio.serverless.codegen.text.ApiRoute;
import studio.serverless.codegen.text.HclBlock;
import studio.serverless.codegen.text.HclExpression;
import studio.serverless.model.naming.ResourceNames;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;

/**
 * An HTTP API ({@code aws_apigatewayv2_*}): the API with its CORS settings, an auto-deployed stage, and an
 * integration and a route per integration connection: Lambda proxy (payload 2.0) for functions, the
 * StepFunctions-StartExecution subtype (StartSyncExecution for Express) for state machines, through one role per
 * API that may start exactly those state machines.
 */
final class HttpApiBlocks {

    private final TerraformContext context;

    HttpApiBlocks(TerraformContext context) {
        this.context = context;
    }

    List<HclBlock> of(Service api) {
        String name = context.name(api.id());
        HclBlock block = HclBlock.resource("aws_apigatewayv2_api", name).set("name", api.name())
                .set("protocol_type", "HTTP");
        if (api.properties().bool("cors")) {
            block.add(HclBlock.of("cors_configuration").set("allow_origins", List.of("*"))
                    .set("allow_methods", List.of("*")).set("allow_headers", List.of("*")));
        }
        List<HclBlock> blocks = new ArrayList<>(List.of(block));
        blocks.add(HclBlock.resource("aws_apigatewayv2_stage", name).set("api_id", block.ref("id"))
                .set("name", api.properties().text("stageName")).set("auto_deploy", true));
        List<Connection> toMachines = new ArrayList<>();
        for (Connection connection : context.outgoing(api.id(), ConnectionType.API_INTEGRATION)) {
            boolean machine = context.service(connection.target()).kind() == ServiceKind.STEP_FUNCTIONS;
            blocks.addAll(route(block, connection, machine ? name + "_states" : null));
            if (machine) {
                toMachines.add(connection);
            }
        }
        if (!toMachines.isEmpty()) {
            HclBlock role = IamDocuments.role(name + "_states", "apigateway.amazonaws.com");
            blocks.add(role);
            blocks.add(IamDocuments.rolePolicy(name + "_states", role, toMachines.stream()
                    .map(connection -> IamDocuments.allow(List.of(startAction(connection)),
                            List.of(context.ref(connection.target(), "arn")))).toList()));
        }
        return blocks;
    }

    private List<HclBlock> route(HclBlock api, Connection connection, String statesRole) {
        ApiRoute route = ApiRoute.of(connection);
        String name = context.name(connection.source()) + "_" + routeName(route);
        HclBlock integration = HclBlock.resource("aws_apigatewayv2_integration", name).set("api_id", api.ref("id"))
                .set("integration_type", "AWS_PROXY");
        if (statesRole == null) {
            integration.set("integration_uri", context.ref(connection.target(), "invoke_arn"))
                    .set("payload_format_version", "2.0");
        } else {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("StateMachineArn", context.ref(connection.target(), "arn"));
            parameters.put("Input", "$request.body");
            integration.set("integration_subtype", "StepFunctions-" + startAction(connection).substring(
                            "states:".length()))
                    .set("credentials_arn", HclBlock.resource("aws_iam_role", statesRole).ref("arn"))
                    .set("payload_format_version", "1.0")
                    .set("request_parameters", parameters);
        }
        HclBlock routeBlock = HclBlock.resource("aws_apigatewayv2_route", name).set("api_id", api.ref("id"))
                .set("route_key", route.routeKey())
                .set("target", HclExpression.template("integrations/", integration.ref("id")));
        return List.of(integration, routeBlock);
    }

    /** {@code PUT /orders/{orderId}} as {@code put_orders_orderid}: an identifier naming the route. */
    static String routeName(ApiRoute route) {
        String path = ResourceNames.upperSnake(route.path()).toLowerCase(Locale.ROOT);
        return route.method().toLowerCase(Locale.ROOT) + (path.isEmpty() ? "" : "_" + path);
    }

    private String startAction(Connection connection) {
        boolean express = "EXPRESS".equals(context.service(connection.target()).properties().text("type"));
        return express ? "states:StartSyncExecution" : "states:StartExecution";
    }
}
