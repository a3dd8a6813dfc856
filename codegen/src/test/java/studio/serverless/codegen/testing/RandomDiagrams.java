package studio.serverless.codegen.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Small random diagrams whose every connection is legal in the catalogue: a few services of each kind with varied
 * settings (FIFO queues, sort keys, streams, schedules, REST and HTTP APIs) and connections picked among the legal
 * ones. The same seed always gives the same diagram.
 */
public final class RandomDiagrams {

    private static final List<String> ACCESS = List.of("read", "write", "read-write");

    private final Random random;
    private final Diagram diagram = new Diagram();
    private final Map<ServiceKind, List<ServiceId>> byKind = new EnumMap<>(ServiceKind.class);

    private RandomDiagrams(long seed) {
        this.random = new Random(seed);
    }

    /** A diagram of up to {@code perKind} services of each kind and about {@code connections} connections. */
    public static Diagram generate(long seed, int perKind, int connections) {
        RandomDiagrams generator = new RandomDiagrams(seed);
        generator.addServices(perKind);
        generator.addConnections(connections);
        return generator.diagram;
    }

    /**
     * A large diagram of exactly {@code services} services, spread evenly over the kinds, and about
     * {@code connections} connections: the generator benchmark's diagram.
     */
    public static Diagram sized(long seed, int services, int connections) {
        RandomDiagrams generator = new RandomDiagrams(seed);
        ServiceKind[] kinds = ServiceKind.values();
        for (int index = 0; index < kinds.length; index++) {
            generator.addServices(kinds[index], services / kinds.length + (index < services % kinds.length ? 1 : 0));
        }
        generator.addConnections(connections);
        return generator.diagram;
    }

    private void addServices(int perKind) {
        for (ServiceKind kind : ServiceKind.values()) {
            addServices(kind, 1 + random.nextInt(perKind));
        }
    }

    private void addServices(ServiceKind kind, int count) {
        for (int number = 1; number <= count; number++) {
            ServiceId id = new ServiceId(kind.id() + "-" + number);
            String name = ServiceCatalog.standard().service(kind).defaultName() + "-" + number;
            Service service = RandomSettings.vary(Service.create(id, kind, name, new Point(0, 0)), random);
            diagram.addService(service);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        }
    }

    private void addConnections(int count) {
        List<ConnectionSpec> specs = ServiceCatalog.standard().connections();
        Set<String> used = new HashSet<>();
        for (int attempt = 0; attempt < count * 5 && diagram.connections().size() < count; attempt++) {
            ConnectionSpec spec = specs.get(random.nextInt(specs.size()));
            ServiceId source = pick(spec.source());
            ServiceId target = pick(spec.target());
            boolean secondDeadLetter = spec.type() == ConnectionType.DEAD_LETTER_QUEUE
                    && !used.add("dlq " + source);
            if (!source.equals(target) && !secondDeadLetter && used.add(spec.type() + " " + source + " " + target)) {
                add(spec, source, target);
            }
        }
    }

    private void add(ConnectionSpec spec, ServiceId source, ServiceId target) {
        int number = diagram.connections().size() + 1;
        PropertyValues values = PropertyValues.defaults(spec.properties());
        if (spec.property("access").isPresent()) {
            values = values.with("access", ACCESS.get(random.nextInt(ACCESS.size())));
        }
        if (spec.type() == ConnectionType.API_INTEGRATION) {
            values = values.with("route", (random.nextBoolean() ? "POST" : "GET") + " /resource-" + number);
            Service api = diagram.require(source);
            List<String> routes = new ArrayList<>(api.properties().list("routes"));
            routes.add(values.text("route"));
            diagram.replaceService(api.withProperty("routes", routes));
        }
        if (spec.type() == ConnectionType.SNS_SUBSCRIPTION && random.nextBoolean()) {
            values = values.with("filterPolicy", "{\"kind\": [\"order\"]}");
        }
        diagram.addConnection(new Connection(new ConnectionId("c" + number), spec.type(), source, target, values));
    }

    private ServiceId pick(ServiceKind kind) {
        List<ServiceId> ids = byKind.get(kind);
        return ids.get(random.nextInt(ids.size()));
    }
}
