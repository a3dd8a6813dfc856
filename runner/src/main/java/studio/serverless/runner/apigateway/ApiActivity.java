package studio.serverless.runner.apigateway;

import java.nio.charset.StandardCharsets;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.activity.ActivityFeed;
import studio.serverless.runner.activity.ActivityKind;
import studio.serverless.runner.activity.ResourceRef;

/**
 * Publishes an API's requests: when one arrives, from the API to the function or state machine its route
 * integrates (before the integration runs, so what the function does follows it); again when the answer is a
 * server error (5xx: the function failed, timed out or was throttled); and a request no route matches, from the API
 * alone with its error.
 */
final class ApiActivity {

    private static final int MAX_ERROR_CHARACTERS = 200;

    private final ResourceRef api;
    private final ActivityFeed feed;

    ApiActivity(String apiName, ActivityFeed feed) {
        this.api = new ResourceRef(ServiceKind.API_GATEWAY, apiName);
        this.feed = feed;
    }

    void unrouted(GatewayRequest request) {
        feed.publish(ActivityKind.API_REQUEST, api, null, request.method() + " " + request.path(),
                "no route matches");
    }

    void received(GatewayRequest request, RouteIntegration integration) {
        if (feed.listening()) {
            feed.publish(ActivityKind.API_REQUEST, api, target(integration), request.method() + " " + request.path(),
                    null);
        }
    }

    void answered(GatewayRequest request, RouteIntegration integration, GatewayResponse response) {
        if (feed.listening() && response.status() >= 500) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            feed.publish(ActivityKind.API_REQUEST, api, target(integration), request.method() + " " + request.path()
                    + " answered " + response.status(), response.status() + " "
                    + body.substring(0, Math.min(body.length(), MAX_ERROR_CHARACTERS)));
        }
    }

    private static ResourceRef target(RouteIntegration integration) {
        if (integration instanceof RouteIntegration.StartExecution start) {
            return ResourceRef.fromArn(start.stateMachineArn()).orElse(null);
        }
        return ResourceRef.function(integration.target());
    }
}
