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

/** A route in an API's {@code routes} that no API integration serves. */
public final class ApiRouteWithoutIntegrationRule implements ValidationRule {

    @Override
    public String id() {
        return "api-route-without-integration";
    }

    @Override
    public String description() {
        return "Every route of an API has an API integration that serves it.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service api : context.services(ServiceKind.API_GATEWAY)) {
            Set<String> served = new HashSet<>();
            for (Connection integration : context.outgoing(api.id(), ConnectionType.API_INTEGRATION)) {
                served.add(ElementProperties.text(context, integration, "route").trim());
            }
            for (String route : api.properties().list("routes")) {
                if (!served.contains(route.trim())) {
                    diagnostics.add(unserved(api, route));
                }
            }
        }
        return diagnostics;
    }

    private Diagnostic unserved(Service api, String route) {
        return new Diagnostic(id(), Severity.ERROR, List.of(api.id()),
                "The route " + route + " of the API " + ElementProperties.quoted(api) + " has no integration:"
                        + " API Gateway cannot deploy a route without a target, and a client calling it would get"
                        + " an error instead of an answer.",
                "Connect the API to a function or state machine with an API integration whose route is " + route
                        + ", or remove the route.");
    }
}
