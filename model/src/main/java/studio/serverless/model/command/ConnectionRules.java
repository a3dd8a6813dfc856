package studio.serverless.model.command;

import studio.serverless.model.catalog.ConnectionSpec;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/** The check that connect and reconnect share: the catalogue must allow the connection between the two kinds. */
final class ConnectionRules {

    private ConnectionRules() {
    }

    static ConnectionSpec requireLegal(Diagram diagram, ConnectionType type, ServiceId sourceId, ServiceId targetId) {
        Service source = diagram.require(sourceId);
        Service target = diagram.require(targetId);
        return ServiceCatalog.standard().connection(type, source.kind(), target.kind())
                .orElseThrow(() -> new IllegalArgumentException("a " + type.displayName() + " connection cannot go"
                        + " from " + source.kind().displayName() + " '" + source.name() + "' to "
                        + target.kind().displayName() + " '" + target.name() + "'"));
    }
}
