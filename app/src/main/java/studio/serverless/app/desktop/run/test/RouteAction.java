package studio.serverless.app.desktop.run.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.serverless.runner.apigateway.ApiRoute;

/**
 * Sends an HTTP request to a route of an API on the API's local port: method, the path with its parameters
 * filled, query parameters, headers and body; shows the status, headers, body (indented when JSON) and the time
 * the answer took.
 */
final class RouteAction implements EntryAction {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final String api;
    private final URI apiUri;
    private final ApiRoute route;
    private final RoutePath path;
    private final HttpClient http;

    RouteAction(String api, URI apiUri, ApiRoute route, HttpClient http) {
        this.api = api;
        this.apiUri = apiUri;
        this.route = route;
        this.path = new RoutePath(route.path());
        this.http = http;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ROUTE;
    }

    @Override
    public String name() {
        return api + ": " + route.routeKey();
    }

    @Override
    public List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(route.method().equals("ANY") ? FormField.choice("method", "Method", METHODS)
                : FormField.choice("method", "Method", List.of(route.method())));
        fields.addAll(path.fields());
        boolean body = List.of("POST", "PUT", "PATCH", "ANY").contains(route.method());
        fields.add(FormField.of("query", "Query parameters (name=value)", FieldKind.PAIRS, ""));
        fields.add(FormField.of("headers", "Headers (Name: value)", FieldKind.HEADERS,
                body ? "Content-Type: application/json" : ""));
        fields.add(FormField.of("body", "Body", FieldKind.TEXT, body ? "{\"hello\": \"from the test panel\"}" : ""));
        return fields;
    }

    /** A path parameter left blank; a body that is not JSON although the Content-Type says it is. */
    @Override
    public List<String> problems(FormValues values) {
        List<String> problems = new ArrayList<>(path.problems(values));
        boolean json = values.pairs("headers", FieldKind.HEADERS).entrySet().stream().anyMatch(header ->
                header.getKey().equalsIgnoreCase("Content-Type") && header.getValue().contains("json"));
        if (json && !values.text("body").isBlank()) {
            JsonDocuments.problem(values.text("body")).ifPresent(problem -> problems.add("Body (JSON, as its"
                    + " Content-Type says): " + problem));
        }
        return problems;
    }

    @Override
    public ActionResult perform(FormValues values) {
        HttpRequest request = request(values);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            String headline = values.text("method") + " " + request.uri().getRawPath() + " answered "
                    + response.statusCode() + " in " + millis + " ms";
            ResultSection headers = new ResultSection("Headers", headerLines(response.headers().map()));
            ResultSection body = new ResultSection("Body", JsonDocuments.pretty(response.body()));
            return new ActionResult(response.statusCode() >= 400, headline, List.of(headers, body));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + apiUri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + apiUri, e);
        }
    }

    private HttpRequest request(FormValues values) {
        String body = values.text("body");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUri + path.filled(values)
                        + QueryString.of(values.pairs("query", FieldKind.PAIRS))))
                .timeout(CloudClients.LONGEST_CALL)
                .method(values.text("method"), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        values.pairs("headers", FieldKind.HEADERS).forEach((name, value) -> {
            try {
                request.header(name, value);
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException("Headers: " + name + " cannot be set by hand (the HTTP client"
                        + " sets it)", refused);
            }
        });
        return request.build();
    }

    private static String headerLines(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(entry -> !entry.getKey().startsWith(":"))
                .map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
