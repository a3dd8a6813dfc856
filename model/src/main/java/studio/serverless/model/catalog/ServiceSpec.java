package studio.serverless.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the catalogue knows about one kind of service: what it is (for learners), its properties and how
 * its AWS resource may be named.
 *
 * @param kind        the kind this describes
 * @param summary     one sentence: what the service is
 * @param invocation  how the service is invoked or used by others
 * @param billing     how AWS bills it
 * @param properties  the properties, in the order the inspector shows them
 * @param namingRule  AWS's rule for the resource name
 * @param defaultName the name a new service of this kind gets, before a number is added
 */
public record ServiceSpec(ServiceKind kind, String summary, String invocation, String billing,
                          List<PropertySpec> properties, NamingRule namingRule, String defaultName) {

    /** Checks the parts and copies the properties. */
    public ServiceSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(namingRule, "namingRule");
        properties = List.copyOf(properties);
    }

    /** The property with this name, if the kind has one. */
    public Optional<PropertySpec> property(String name) {
        return properties.stream().filter(property -> property.name().equals(name)).findFirst();
    }
}
