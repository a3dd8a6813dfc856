package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.ElementId;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class DiagnosticMarksTest {

    private final ServiceId function = new ServiceId("lambda-1");
    private final ConnectionId connection = new ConnectionId("c1");

    @Test
    void eachElementConcernedCountsItsErrorsAndWarnings() {
        Map<ElementId, DiagnosticMark> marks = DiagnosticMarks.of(List.of(
                diagnostic(Severity.WARNING, "Slow.", function),
                diagnostic(Severity.ERROR, "Broken.", function, connection)));

        assertEquals(new DiagnosticMark(1, 1, List.of("Error: Broken.", "Warning: Slow.")), marks.get(function));
        assertEquals(Severity.ERROR, marks.get(connection).worst());
        assertEquals(1, marks.get(connection).count());
    }

    @Test
    void informationDoesNotMarkAnElement() {
        Map<ElementId, DiagnosticMark> marks = DiagnosticMarks.of(List.of(diagnostic(Severity.INFO, "FYI.", function)));

        assertFalse(marks.containsKey(function));
    }

    private static Diagnostic diagnostic(Severity severity, String message, ElementId... elements) {
        return new Diagnostic("rule", severity, List.of(elements), message, "Fix.");
    }
}
