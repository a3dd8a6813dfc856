package studio.serverless.model.format;

import java.util.HashMap;
import java.util.Map;

import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** Diagrams for format tests. */
final class SampleDiagrams {

    private SampleDiagrams() {
    }

    /**
     * One service of every kind (at whole and fractional positions, some properties changed from their defaults)
     * and one connection of every legal catalogue connection, so every connection type appears.
     */
    static Diagram everyKindAndConnection() {
        Diagram diagram = new Diagram();
        Map<ServiceKind, ServiceId> ids = new HashMap<>();
        int column = 0;
        for (ServiceKind kind : ServiceKind.values()) {
            Service service = Service.create(diagram.newServiceId(kind), kind, kind.id() + "-name",
                    new Point(120 * column, column % 2 == 0 ? 40 : 40.25));
            diagram.addService(service);
            ids.put(kind, service.id());
            column++;
        }
        diagram.replaceService(diagram.require(ids.get(ServiceKind.LAMBDA_FUNCTION))
                .withProperty("memorySize", 512).withProperty("reservedConcurrency", 5)
                .withPosition(new Point(-12.5, 1e-3)));
        for (ConnectionSpec spec : ServiceCatalog.standard().connections()) {
            diagram.addConnection(new Connection(diagram.newConnectionId(), spec.type(), ids.get(spec.source()),
                    ids.get(spec.target()), PropertyValues.defaults(spec.properties())));
        }
        return diagram;
    }
}
