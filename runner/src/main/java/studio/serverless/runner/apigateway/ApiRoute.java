package studio.serverless.runner.apigateway;

import java.util.Locale;

/**
 * One route of an API and what its integration calls.
 *
 * @param method      the HTTP method in upper case, or {@code ANY}
 * @param path        the path pattern, e.g. {@code /items/{id}} or {@code /{proxy+}}; {@code $default} for the
 *                    catch-all route of an HTTP API
 * @param integration the function or state machine the route's integration calls
 */
public record ApiRoute(String method, String path, RouteIntegration integration) {

    /** The catch-all route key of HTTP APIs. */
    public static final String DEFAULT_ROUTE = "$default";

    /** A route to a function. */
    public ApiRoute(String method, String path, String functionName) {
        this(method, path, new RouteIntegration.LambdaProxy(functionName));
    }

    /** A route to a function from its route key; see {@link #parse(String, RouteIntegration)}. */
    public static ApiRoute parse(String routeKey, String functionName) {
        return parse(routeKey, new RouteIntegration.LambdaProxy(functionName));
    }

    /**
     * A route from its route key as the diagram writes it: {@code "GET /items/{id}"}, {@code "ANY /{proxy+}"} or
     * {@code "$default"}.
     *
     * @throws IllegalArgumentException when the key is not {@code METHOD /path} or {@code $default}
     */
    public static ApiRoute parse(String routeKey, RouteIntegration integration) {
        String key = routeKey.trim();
        if (key.equals(DEFAULT_ROUTE)) {
            return new ApiRoute("ANY", DEFAULT_ROUTE, integration);
        }
        int space = key.indexOf(' ');
        if (space <= 0 || !key.substring(space + 1).trim().startsWith("/")) {
            throw new IllegalArgumentException("route '" + routeKey + "' is not METHOD /path (e.g. GET /items/{id})"
                    + " or $default");
        }
        return new ApiRoute(key.substring(0, space).toUpperCase(Locale.ROOT), key.substring(space + 1).trim(),
                integration);
    }

    /** The route key as API Gateway reports it in events, e.g. {@code GET /items/{id}}. */
    public String routeKey() {
        return path.equals(DEFAULT_ROUTE) ? DEFAULT_ROUTE : method + " " + path;
    }
}
