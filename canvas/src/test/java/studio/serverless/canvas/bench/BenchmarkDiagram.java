package studio.serverless.canvas.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import studio.serverless.model.catalog.ConnectionSpec;
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
 * A large diagram for the canvas benchmark: services of every kind on a grid of 40 columns (about 9,600 x 3,000
 * units), joined by connections the catalogue allows between services at most 2 rows and 3 columns apart, as people place
 * connected services near each other. The same seed gives the same diagram.
 */
final class BenchmarkDiagram {

    private static final int COLUMNS = 40;
    private static final int ROWS_APART = 2;
    private static final int COLUMNS_APART = 3;

    private BenchmarkDiagram() {
    }

    static Diagram generate(int serviceCount, int connectionCount, long seed) {
        Random random = new Random(seed);
        Diagram diagram = new Diagram();
        ServiceKind[] kinds = ServiceKind.values();
        for (int i = 0; i < serviceCount; i++) {
            ServiceKind kind = random.nextInt(10) < 4 ? ServiceKind.LAMBDA_FUNCTION : kinds[random.nextInt(kinds.length)];
            Point position = new Point(40 + (i % COLUMNS) * 240, 40 + (i / COLUMNS) * 120);
            diagram.addService(Service.create(new ServiceId("s" + i), kind, kind.id() + "-" + i, position));
        }
        List<ConnectionSpec> specs = ServiceCatalog.standard().connections();
        Set<String> used = new HashSet<>();
        List<Service> services = diagram.services();
        while (diagram.connections().size() < connectionCount) {
            ConnectionSpec spec = specs.get(random.nextInt(specs.size()));
            int source = random.nextInt(serviceCount);
            int column = source % COLUMNS + random.nextInt(2 * COLUMNS_APART + 1) - COLUMNS_APART;
            int target = (source / COLUMNS + random.nextInt(2 * ROWS_APART + 1) - ROWS_APART) * COLUMNS + column;
            if (column < 0 || column >= COLUMNS || target < 0 || target >= serviceCount) {
                continue;
            }
            Service from = services.get(source);
            Service to = services.get(target);
            if (source != target && from.kind() == spec.source() && to.kind() == spec.target()
                    && used.add(from.id() + " " + to.id())) {
                diagram.addConnection(new Connection(new ConnectionId("c" + diagram.connections().size()),
                        spec.type(), from.id(), to.id(), PropertyValues.of(Map.of())));
            }
        }
        return diagram;
    }
}
