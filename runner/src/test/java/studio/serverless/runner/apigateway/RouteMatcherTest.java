package studio.serverless.runner.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteMatcherTest {

    private final RouteMatcher matcher = new RouteMatcher(List.of(
            ApiRoute.parse("GET /items", "list"),
            ApiRoute.parse("GET /items/{id}", "get"),
            ApiRoute.parse("GET /items/special", "special"),
            ApiRoute.parse("ANY /items/{id}", "any-item"),
            ApiRoute.parse("GET /files/{proxy+}", "files"),
            ApiRoute.parse("$default", "fallback")));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, /items, list",
        "GET, /items/, list",
        "GET, /items/42, get",
        "GET, /items/special, special",
        "DELETE, /items/42, any-item",
        "GET, /files/a/b/c.txt, files",
        "GET, /files, fallback",
        "POST, /items, fallback",
        "GET, /nothing/here, fallback"})
    void theMostSpecificRouteWins(String method, String path, String function) {
        assertEquals(function, matcher.match(method, path).orElseThrow().route().integration().target());
    }

    @ParameterizedTest(name = "{0} binds {1}")
    @CsvSource({"/items/42, id, 42", "/files/a/b/c.txt, proxy, a/b/c.txt"})
    void boundSegmentsBecomePathParameters(String path, String name, String value) {
        Map<String, String> parameters = matcher.match("GET", path).orElseThrow().pathParameters();
        assertEquals(Map.of(name, value), parameters);
    }

    @ParameterizedTest
    @CsvSource({"GET, /items", "PUT, /x/y"})
    void withoutADefaultRouteAnUnmatchedRequestHasNoRoute(String method, String path) {
        RouteMatcher strict = new RouteMatcher(List.of(ApiRoute.parse("POST /items", "create")));
        assertTrue(strict.match(method, path).isEmpty());
    }
}
