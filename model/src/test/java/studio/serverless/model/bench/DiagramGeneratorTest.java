package studio.serverless.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

class DiagramGeneratorTest {

    private static final long SEED = 42L;
    private final Diagram diagram = new DiagramGenerator(SEED).generate();

    @Test
    void benchmarkDiagramHasExactlyOneThousandServices() {
        assertEquals(1_000, diagram.services().size());
    }

    @Test
    void benchmarkDiagramHasExactlyTwoThousandConnections() {
        assertEquals(2_000, diagram.connections().size());
    }

    @Test
    void everyConnectionIsLegalInTheCatalogue() {
        List<Connection> illegal = diagram.connections().stream()
                .filter(connection -> !ServiceCatalog.standard().isLegal(connection.type(),
                        diagram.require(connection.source()).kind(), diagram.require(connection.target()).kind()))
                .toList();

        assertTrue(illegal.isEmpty(), () -> "illegal connections: " + illegal);
    }

    @Test
    void everyServiceKindIsPresent() {
        Set<ServiceKind> kinds = diagram.services().stream().map(Service::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceKind.class)));

        assertEquals(EnumSet.allOf(ServiceKind.class), kinds);
    }

    @Test
    void everyApiIntegrationRouteIsOneOfItsApisRoutes() {
        List<Connection> unlisted = diagram.connections().stream()
                .filter(connection -> connection.properties().get("route").isPresent())
                .filter(connection -> !diagram.require(connection.source()).properties().list("routes")
                        .contains(connection.properties().text("route")))
                .toList();

        assertTrue(unlisted.isEmpty(), () -> "routes missing from their API: " + unlisted);
    }

    @Test
    void sameSeedGivesTheSameDiagram() {
        Diagram again = new DiagramGenerator(SEED).generate();

        assertEquals(diagram.services(), again.services());
        assertEquals(diagram.connections(), again.connections());
    }

    @Test
    void anotherSeedGivesOtherConnections() {
        Diagram other = new DiagramGenerator(SEED + 1).generate();

        assertNotEquals(diagram.connections(), other.connections());
    }
}
