package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.bool;
import static studio.serverless.model.catalog.PropertySpec.choice;
import static studio.serverless.model.catalog.PropertySpec.text;
import static studio.serverless.model.catalog.PropertySpec.textList;

import java.util.List;

/** The catalogue entry of an API Gateway API: a REST API or an HTTP API with its routes. */
public final class ApiGatewaySpec {

    /** A route as the diagram writes it: an HTTP method (or ANY) and a path starting with a slash. */
    public static final String ROUTE_PATTERN =
            "(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) /([A-Za-z0-9._~\\-]+|\\{[A-Za-z0-9._\\-]+\\+?\\})?"
                    + "(/([A-Za-z0-9._~\\-]+|\\{[A-Za-z0-9._\\-]+\\+?\\}))*";

    private ApiGatewaySpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.API_GATEWAY,
                "A managed HTTPS front door: it receives requests for your routes and hands each to an integration"
                        + " such as a Lambda function.",
                "Clients call it over HTTPS; it invokes its integrations synchronously and waits for the answer"
                        + " (at most 29 seconds for REST APIs, 30 for HTTP APIs).",
                "Per million requests received (HTTP APIs cost about a third of REST APIs), plus data transfer out.",
                List.of(
                        choice("apiType", "API type", "HTTP", List.of("HTTP", "REST"),
                                "HTTP APIs are cheaper and simpler; REST APIs add API keys, usage plans, request"
                                        + " validation and caching."),
                        textList("routes", "Routes", List.of("GET /items"), List.of(),
                                "Each route is a method and a path, e.g. GET /items/{id}. Every route needs an"
                                        + " integration: connect it to a function or state machine."),
                        text("stageName", "Stage", "prod", "The deployment stage, part of the URL."),
                        bool("cors", "Allow cross-origin requests", false,
                                "Answer browsers' CORS preflight requests so a web page on another origin may call"
                                        + " the API.")),
                NamingRule.of(1, 128, "[^\\p{Cntrl}]+", "printable characters"),
                "api");
    }
}
