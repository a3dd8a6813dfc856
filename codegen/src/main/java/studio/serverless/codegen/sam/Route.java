package studio.serverless.codegen.sam;

import studio.serverless.codegen.GenerationException;
import studio.serverless.model.diagram.Connection;

/**
 * An API route as the diagram writes it, {@code POST /orders}, split in method and path.
 *
 * @param method the HTTP method or {@code ANY}, upper case
 * @param path   the path, starting with a slash
 */
record Route(String method, String path) {

    /** The route of an API integration; fails naming the connection when the text is not {@code METHOD /path}. */
    static Route parse(String text, Connection connection) {
        String[] parts = text.strip().split(" +", 2);
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new GenerationException("connection " + connection.id().value() + " has route '" + text
                    + "'; expected a method and a path, e.g. GET /items");
        }
        return new Route(parts[0].toUpperCase(java.util.Locale.ROOT), parts[1]);
    }

    /** The route key of an HTTP API, {@code POST /orders}. */
    String routeKey() {
        return method + " " + path;
    }
}
