package studio.serverless.model.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of service kinds and legal connections: the one place that says what each AWS service is, which
 * properties it has within which limits, and which connections between two kinds mean something. Immutable and
 * shared; get it with {@link #standard()}.
 */
public final class ServiceCatalog {

    private static final ServiceCatalog STANDARD = new ServiceCatalog();

    private final Map<ServiceKind, ServiceSpec> services = new EnumMap<>(ServiceKind.class);
    private final List<ConnectionSpec> connections;

    private ServiceCatalog() {
        for (ServiceSpec spec : List.of(LambdaFunctionSpec.create(), ApiGatewaySpec.create(), SqsQueueSpec.create(),
                DynamoDbTableSpec.create(), S3BucketSpec.create(), StepFunctionsSpec.create(), SnsTopicSpec.create(),
                EventBridgeRuleSpec.create(), KinesisStreamSpec.create())) {
            services.put(spec.kind(), spec);
        }
        List<ConnectionSpec> all = new ArrayList<>(TriggerConnectionSpecs.create());
        all.addAll(AccessConnectionSpecs.create());
        connections = List.copyOf(all);
    }

    /** The catalogue of the AWS services Serverless Studio knows. */
    public static ServiceCatalog standard() {
        return STANDARD;
    }

    /** The spec of a service kind. */
    public ServiceSpec service(ServiceKind kind) {
        return services.get(kind);
    }

    /** Every service spec, in the order of {@link ServiceKind}. */
    public Collection<ServiceSpec> services() {
        return List.copyOf(services.values());
    }

    /** Every legal connection. */
    public List<ConnectionSpec> connections() {
        return connections;
    }

    /** The spec of a connection of this type between these kinds, or empty when that connection is illegal. */
    public Optional<ConnectionSpec> connection(ConnectionType type, ServiceKind source, ServiceKind target) {
        return connections.stream()
                .filter(spec -> spec.type() == type && spec.source() == source && spec.target() == target)
                .findFirst();
    }

    /** Whether a connection of this type may go from a service of the source kind to one of the target kind. */
    public boolean isLegal(ConnectionType type, ServiceKind source, ServiceKind target) {
        return connection(type, source, target).isPresent();
    }

    /** The connection specs that may go from the source kind to the target kind; empty when none may. */
    public List<ConnectionSpec> connectionsBetween(ServiceKind source, ServiceKind target) {
        return connections.stream().filter(spec -> spec.source() == source && spec.target() == target).toList();
    }

    /**
     * What a person may mean by drawing from a service of the source kind to one of the target kind: one choice
     * per legal connection, and one per value of a property it asks on connect (read / write / read-write).
     */
    public List<ConnectionChoice> choices(ServiceKind source, ServiceKind target) {
        List<ConnectionChoice> choices = new ArrayList<>();
        for (ConnectionSpec spec : connectionsBetween(source, target)) {
            Optional<PropertySpec> asked = spec.properties().stream().filter(PropertySpec::askOnConnect).findFirst();
            if (asked.isEmpty()) {
                choices.add(new ConnectionChoice(spec, Map.of(), spec.type().displayName()));
                continue;
            }
            for (String value : asked.get().choices()) {
                choices.add(new ConnectionChoice(spec, Map.of(asked.get().name(), value),
                        spec.type().displayName() + ": " + value));
            }
        }
        return List.copyOf(choices);
    }
}
