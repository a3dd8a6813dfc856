package studio.serverless.codegen.text;

import java.util.Locale;
import studio.serverless.codegen.GenerationException;
import studio.serverless.model.diagram.Connection;

/**
 * An API route as the diagram writes it, {@code POST /orders}, split in method and path; shared by every target
 * that wires API integrations.
 *
 * @param method the HTTP method or {@code ANY}, upper case
 * @param path   the path, starting with a slash
 */
public record ApiRoute(String method, String path) {

    /** The route of an API integration; fails naming the connection when the text is not {@code METHOD /path}. */
    public static ApiRoute parse(String text, Connection connection) {
        String[] parts = text.strip().split(" +", 2);
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new GenerationException("connection " + connection.id().value() + " has route '" + text
                    + "'; expected a method and a path, e.g. GET /items");
        }
        return new ApiRoute(parts[0].toUpperCase(Locale.ROOT), parts[1]);
    }

    /** The route of an API integration connection. */
    public static ApiRoute of(Connection connection) {
        return parse(connection.properties().text("route"), connection);
    }

    /** The route key of an HTTP API, {@code POST /orders}. */
    public String routeKey() {
        return method + " " + path;
    }
}
