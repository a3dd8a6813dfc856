package studio.serverless.runner.apigateway;

import java.util.List;

/**
 * One API of the diagram.
 *
 * @param name   the API's name, for messages and the listener's threads
 * @param type   HTTP or REST
 * @param stage  the stage name reported in events ({@code $default} for HTTP APIs without one)
 * @param cors   whether browsers on other origins may call it (preflight answered, allow-origin added)
 * @param routes the routes
 */
public record ApiDefinition(String name, ApiType type, String stage, boolean cors, List<ApiRoute> routes) {

    /** Copies the routes. */
    public ApiDefinition {
        routes = List.copyOf(routes);
    }
}
