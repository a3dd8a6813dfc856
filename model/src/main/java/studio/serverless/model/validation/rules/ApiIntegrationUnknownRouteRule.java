package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** An API integration whose route is not one of its API's routes. */
public final class ApiIntegrationUnknownRouteRule implements ValidationRule {

    @Override
    public String id() {
        return "api-integration-unknown-route";
    }

    @Override
    public String description() {
        return "Every API integration serves one of its API's routes.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service api : context.services(ServiceKind.API_GATEWAY)) {
            Set<String> routes = new HashSet<>();
            api.properties().list("routes").forEach(route -> routes.add(route.trim()));
            for (Connection integration : context.outgoing(api.id(), ConnectionType.API_INTEGRATION)) {
                String route = ElementProperties.text(context, integration, "route").trim();
                if (!routes.contains(route)) {
                    diagnostics.add(unknown(context, api, integration, route));
                }
            }
        }
        return diagnostics;
    }

    private Diagnostic unknown(ValidationContext context, Service api, Connection integration, String route) {
        Service target = context.service(integration.target());
        String shown = route.isEmpty() ? "an empty route" : "the route " + route;
        return new Diagnostic(id(), Severity.ERROR, List.of(integration.id(), api.id(), target.id()),
                "The integration from " + ElementProperties.quoted(api) + " to " + ElementProperties.quoted(target)
                        + " serves " + shown + ", which the API does not have (its routes: "
                        + String.join(", ", api.properties().list("routes")) + "): no request would ever reach it.",
                "Add " + (route.isEmpty() ? "the route" : route) + " to the API's routes, or set the integration's"
                        + " route to one of the API's routes.");
    }
}
