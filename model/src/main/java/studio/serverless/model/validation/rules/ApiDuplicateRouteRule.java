package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** No route is listed twice in one API. */
public final class ApiDuplicateRouteRule implements ValidationRule {

    @Override
    public String id() {
        return "api-duplicate-route";
    }

    @Override
    public String description() {
        return "No API lists the same route twice.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service api : context.services(ServiceKind.API_GATEWAY)) {
            for (String route : duplicates(api.properties().list("routes"))) {
                diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(api.id()),
                        RuleText.named(api) + " lists the route '" + route + "' more than once. A route key is"
                                + " unique within an API: API Gateway refuses to create the second one, since it"
                                + " could not tell which integration should answer.",
                        "Remove the extra '" + route + "', or change its method or path."));
            }
        }
        return diagnostics;
    }

    private static Set<String> duplicates(List<String> routes) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String route : routes) {
            if (!seen.add(route)) {
                duplicates.add(route);
            }
        }
        return duplicates;
    }
}
