package studio.serverless.app.desktop.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class ProblemsViewModelTest {

    private final ServiceId queue = new ServiceId("sqs-1");
    private final ServiceId function = new ServiceId("lambda-1");
    private final ConnectionId trigger = new ConnectionId("c1");
    private final ProblemsViewModel model = new ProblemsViewModel();

    @Test
    void eachDiagnosticIsARowWithItsSeverityMessageFixAndElementNames() {
        model.show(diagram(), List.of(new Diagnostic("sqs-dlq", Severity.WARNING, List.of(trigger, queue),
                "Failed messages are retried forever.", "Add a dead-letter queue.")));

        Problem row = model.problems().get(0);
        assertEquals(Severity.WARNING, row.severity());
        assertEquals("Failed messages are retried forever. Fix: Add a dead-letter queue.", row.message());
        assertEquals("orders → worker, orders", row.element());
        assertEquals(List.of(trigger, queue), row.elements());
    }

    @Test
    void theHeadingCountsErrorsAndWarnings() {
        model.show(diagram(), List.of(
                new Diagnostic("a", Severity.ERROR, List.of(queue), "Broken.", ""),
                new Diagnostic("b", Severity.WARNING, List.of(queue), "Risky.", ""),
                new Diagnostic("c", Severity.WARNING, List.of(), "Risky too.", "")));

        assertEquals("Problems: 1 error, 2 warnings", model.headingProperty().get());
        assertEquals("Broken.", model.problems().get(0).message());
        assertEquals("", model.problems().get(2).element());
    }

    @Test
    void aCleanDiagramHasNoRows() {
        model.show(diagram(), List.of(new Diagnostic("a", Severity.ERROR, List.of(queue), "Broken.", "")));

        model.show(diagram(), List.of());

        assertEquals(List.of(), model.problems());
        assertEquals("Problems: none", model.headingProperty().get());
    }

    private Diagram diagram() {
        Diagram diagram = new Diagram();
        diagram.addService(Service.create(queue, ServiceKind.SQS_QUEUE, "orders", Point.ORIGIN));
        diagram.addService(Service.create(function, ServiceKind.LAMBDA_FUNCTION, "worker", Point.ORIGIN));
        diagram.addConnection(new Connection(trigger, ConnectionType.SQS_EVENT_SOURCE, queue, function,
                PropertyValues.of(Map.of())));
        return diagram;
    }
}
