package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import studio.serverless.model.catalog.ApiGatewaySpec;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/** Every route of an API is written {@code METHOD /path}, e.g. {@code GET /items/{id}}. */
public final class ApiRouteSyntaxRule implements ValidationRule {

    private static final Pattern ROUTE = Pattern.compile(ApiGatewaySpec.ROUTE_PATTERN);

    @Override
    public String id() {
        return "api-route-syntax";
    }

    @Override
    public String description() {
        return "Every route of an API is an HTTP method (or ANY), a space and a path starting with /.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service api : context.services(ServiceKind.API_GATEWAY)) {
            for (String route : api.properties().list("routes")) {
                if (!ROUTE.matcher(route).matches()) {
                    diagnostics.add(new Diagnostic(id(), Severity.ERROR, List.of(api.id()),
                            RuleText.named(api) + " has the route '" + route + "', which is not a method and a"
                                    + " path. API Gateway routes are an HTTP method (GET, POST, PUT, PATCH, DELETE,"
                                    + " HEAD, OPTIONS or ANY), one space, and a path of segments such as items or"
                                    + " {id}; it refuses any other route key.",
                            "Write the route like GET /items or POST /orders/{orderId}."));
                }
            }
        }
        return diagnostics;
    }
}
