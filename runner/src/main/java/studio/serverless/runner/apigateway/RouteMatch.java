package studio.serverless.runner.apigateway;

import java.util.Map;

/**
 * A route chosen for a request and the path parameters it bound.
 *
 * @param route          the route
 * @param pathParameters the values of the route's {@code {name}} and {@code {name+}} segments
 */
public record RouteMatch(ApiRoute route, Map<String, String> pathParameters) {

    /** Copies the parameters. */
    public RouteMatch {
        pathParameters = Map.copyOf(pathParameters);
    }
}
