package studio.serverless.model.validation.rules;

import java.util.List;
import java.util.Optional;

import studio.serverless.model.catalog.PropertySpec;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.ValidationContext;

/**
 * Reads the properties the architecture rules need, falling back to the catalogue's default when a (hand-edited)
 * file leaves one unset, so a rule judges what AWS would actually deploy.
 */
final class ElementProperties {

    private ElementProperties() {
    }

    /** A whole-number property of a service, or its catalogue default (0 when the catalogue has none). */
    static int integer(ValidationContext context, Service service, String name) {
        return service.properties().integer(name).orElseGet(() -> {
            Optional<PropertySpec> spec = context.catalog().service(service.kind()).property(name);
            return spec.map(PropertySpec::defaultValue).filter(Integer.class::isInstance)
                    .map(Integer.class::cast).orElse(0);
        });
    }

    /** A text or choice property of a service, or its catalogue default ("" when the catalogue has none). */
    static String text(ValidationContext context, Service service, String name) {
        return service.properties().get(name).map(String::valueOf).orElseGet(() -> context.catalog()
                .service(service.kind()).property(name).map(PropertySpec::defaultValue)
                .map(String::valueOf).orElse(""));
    }

    /** A text or choice property of a connection, or its catalogue default ("" when it has none). */
    static String text(ValidationContext context, Connection connection, String name) {
        return connection.properties().get(name).map(String::valueOf).orElseGet(() -> connectionDefault(context,
                connection, name).map(String::valueOf).orElse(""));
    }

    /** A list property of a connection, or its catalogue default (empty when it has none). */
    static List<String> list(ValidationContext context, Connection connection, String name) {
        if (connection.properties().get(name).isPresent()) {
            return connection.properties().list(name);
        }
        return connectionDefault(context, connection, name).filter(List.class::isInstance)
                .map(value -> ((List<?>) value).stream().map(String::valueOf).toList()).orElse(List.of());
    }

    /** A service's name in quotes, as messages write it. */
    static String quoted(Service service) {
        return "'" + service.name() + "'";
    }

    private static Optional<Object> connectionDefault(ValidationContext context, Connection connection,
                                                      String name) {
        return context.spec(connection).flatMap(spec -> spec.property(name)).map(PropertySpec::defaultValue);
    }
}
