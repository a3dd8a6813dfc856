package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * An API route integrated with a function that may run longer than API Gateway waits: 29 seconds for REST APIs
 * (by default), 30 seconds for HTTP APIs.
 */
public final class ApiIntegrationTimeoutRule implements ValidationRule {

    /** How long a REST API waits for an integration by default, in seconds. */
    static final int REST_LIMIT = 29;
    /** How long an HTTP API waits for an integration at most, in seconds. */
    static final int HTTP_LIMIT = 30;

    @Override
    public String id() {
        return "api-integration-timeout";
    }

    @Override
    public String description() {
        return "A function behind an API route finishes within the API's integration timeout.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service api : context.services(ServiceKind.API_GATEWAY)) {
            boolean rest = "REST".equals(ElementProperties.text(context, api, "apiType"));
            int limit = rest ? REST_LIMIT : HTTP_LIMIT;
            for (Connection integration : context.outgoing(api.id(), ConnectionType.API_INTEGRATION)) {
                Service target = context.service(integration.target());
                if (target.kind() == ServiceKind.LAMBDA_FUNCTION
                        && ElementProperties.integer(context, target, "timeout") > limit) {
                    diagnostics.add(tooSlow(context, api, integration, target, rest, limit));
                }
            }
        }
        return diagnostics;
    }

    private Diagnostic tooSlow(ValidationContext context, Service api, Connection integration, Service function,
                               boolean rest, int limit) {
        int timeout = ElementProperties.integer(context, function, "timeout");
        String route = ElementProperties.text(context, integration, "route");
        return new Diagnostic(id(), Severity.WARNING, List.of(integration.id(), api.id(), function.id()),
                "The function " + ElementProperties.quoted(function) + " may run for " + timeout + " s, but the "
                        + (rest ? "REST" : "HTTP") + " API " + ElementProperties.quoted(api) + " waits at most "
                        + limit + " s for " + route + ": past that the client gets a 504 while the function keeps"
                        + " running, and billing, until it ends.",
                "Lower the function's timeout to " + limit + " s or less, or answer at once and do the long work"
                        + " asynchronously (a queue or a state machine)" + (rest ? "; a regional REST API can"
                        + " also raise its integration timeout by a quota request." : "."));
    }
}
