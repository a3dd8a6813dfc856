package studio.serverless.model.bench;

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
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * Builds a large, realistic diagram for benchmarks: services of every kind in plausible proportions
 * ({@link ServiceMix}) joined by connections that are all legal in the catalogue, picked with the frequencies
 * of {@link ConnectionMix}. No two connections have the same type and ends; each API integration adds its route
 * to its API. The same seed always gives the same diagram.
 */
public final class DiagramGenerator {

    /** The number of services of the benchmark diagram. */
    public static final int SERVICES = 1_000;
    /** The number of connections of the benchmark diagram. */
    public static final int CONNECTIONS = 2_000;

    private final ServiceCatalog catalog = ServiceCatalog.standard();
    private final Random random;

    /** A generator whose diagrams are decided by the seed. */
    public DiagramGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The benchmark diagram: {@value #SERVICES} services and {@value #CONNECTIONS} connections. */
    public Diagram generate() {
        return generate(SERVICES, CONNECTIONS);
    }

    /** A diagram with exactly this many services and connections. */
    public Diagram generate(int serviceCount, int connectionCount) {
        Diagram diagram = new Diagram();
        Map<ServiceKind, List<ServiceId>> byKind = new EnumMap<>(ServiceKind.class);
        for (Service service : ServiceMix.create(serviceCount, random)) {
            diagram.addService(service);
            byKind.computeIfAbsent(service.kind(), kind -> new ArrayList<>()).add(service.id());
        }
        Set<String> used = new HashSet<>();
        while (diagram.connections().size() < connectionCount) {
            ConnectionSpec spec = ConnectionMix.pick(catalog, random);
            ServiceId source = pickOne(byKind.get(spec.source()));
            ServiceId target = pickOne(byKind.get(spec.target()));
            if (source != null && target != null && !source.equals(target)
                    && used.add(spec.type().id() + " " + source + " " + target)) {
                addConnection(diagram, spec, source, target);
            }
        }
        return diagram;
    }

    private void addConnection(Diagram diagram, ConnectionSpec spec, ServiceId source, ServiceId target) {
        int number = diagram.connections().size() + 1;
        PropertyValues properties = ConnectionMix.properties(spec, number, random);
        diagram.addConnection(new Connection(new ConnectionId("c" + number), spec.type(), source, target,
                properties));
        if (spec.type() == ConnectionType.API_INTEGRATION) {
            Service api = diagram.require(source);
            List<String> routes = new ArrayList<>(api.properties().list("routes"));
            routes.add(properties.text("route"));
            diagram.replaceService(api.withProperty("routes", routes));
        }
    }

    private ServiceId pickOne(List<ServiceId> ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }
}
