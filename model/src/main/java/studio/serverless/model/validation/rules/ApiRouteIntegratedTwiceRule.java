package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** Two or more API integrations of one API serving the same route. */
public final class ApiRouteIntegratedTwiceRule implements ValidationRule {

    @Override
    public String id() {
        return "api-route-integrated-twice";
    }

    @Override
    public String description() {
        return "Each route of an API has at most one integration.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service api : context.services(ServiceKind.API_GATEWAY)) {
            Map<String, List<Connection>> byRoute = new LinkedHashMap<>();
            for (Connection integration : context.outgoing(api.id(), ConnectionType.API_INTEGRATION)) {
                String route = ElementProperties.text(context, integration, "route").trim();
                byRoute.computeIfAbsent(route, key -> new ArrayList<>()).add(integration);
            }
            byRoute.forEach((route, integrations) -> {
                if (integrations.size() > 1) {
                    diagnostics.add(twice(context, api, route, integrations));
                }
            });
        }
        return diagnostics;
    }

    private Diagnostic twice(ValidationContext context, Service api, String route, List<Connection> integrations) {
        List<ElementId> elements = new ArrayList<>(List.of(api.id()));
        List<String> targets = new ArrayList<>();
        for (Connection integration : integrations) {
            elements.add(integration.id());
            targets.add(ElementProperties.quoted(context.service(integration.target())));
        }
        return new Diagnostic(id(), Severity.ERROR, elements,
                "The route " + route + " of the API " + ElementProperties.quoted(api) + " has "
                        + integrations.size() + " integrations (to " + String.join(", ", targets) + "): API Gateway"
                        + " sends each route's requests to exactly one integration.",
                "Keep one integration for " + route + ", or give the others routes of their own.");
    }
}
