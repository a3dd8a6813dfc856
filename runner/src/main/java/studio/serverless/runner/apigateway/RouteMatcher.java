package studio.serverless.runner.apigateway;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the route for a request as API Gateway does: the most specific match wins. A route without a greedy
 * {@code {proxy+}} beats one with it; then more literal segments beat fewer; then a named method beats
 * {@code ANY}. The {@code $default} route only takes what no other route matches.
 */
public final class RouteMatcher {

    private static final Comparator<Candidate> MOST_SPECIFIC_FIRST = Comparator
            .comparing((Candidate candidate) -> candidate.pattern.greedy())
            .thenComparing(candidate -> -candidate.pattern.literalSegments())
            .thenComparing(candidate -> candidate.route.method().equals("ANY"));

    private final List<Candidate> candidates;
    private final Optional<ApiRoute> defaultRoute;

    /** A matcher over {@code routes}. */
    public RouteMatcher(List<ApiRoute> routes) {
        this.candidates = routes.stream().filter(route -> !route.path().equals(ApiRoute.DEFAULT_ROUTE))
                .map(route -> new Candidate(route, PathPattern.parse(route.path()))).sorted(MOST_SPECIFIC_FIRST)
                .toList();
        this.defaultRoute = routes.stream().filter(route -> route.path().equals(ApiRoute.DEFAULT_ROUTE)).findFirst();
    }

    /** The route for {@code method} and the decoded {@code path}, or empty when none matches. */
    public Optional<RouteMatch> match(String method, String path) {
        for (Candidate candidate : candidates) {
            if (!candidate.route.method().equals("ANY") && !candidate.route.method().equals(method)) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (candidate.pattern.matches(path, parameters)) {
                return Optional.of(new RouteMatch(candidate.route, parameters));
            }
        }
        return defaultRoute.map(route -> new RouteMatch(route, Map.of()));
    }

    private record Candidate(ApiRoute route, PathPattern pattern) {
    }
}
