package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.app.testing.FakeLoader;

class DiagramOverviewViewModelTest {

    private final FakeLoader loader = new FakeLoader()
            .diagram("orders.studio.json", FakeDiagrams.withServices("error", "fine"))
            .failure("broken.studio.json", "broken.studio.json: line 1, column 2: expected a field name");
    private final DiagramOverviewViewModel model = new DiagramOverviewViewModel(loader, FakeDiagrams.validator());

    @Test
    void beforeAnythingIsOpenTheTitleIsTheAppName() {
        assertEquals("Serverless Studio", model.titleProperty().get());
        assertFalse(model.diagramOpenProperty().get());
    }

    @Test
    void openingAFileNamesItInTheTitle() {
        model.open(Path.of("diagrams", "orders.studio.json"));

        assertEquals("orders.studio.json — Serverless Studio", model.titleProperty().get());
        assertTrue(model.diagramOpenProperty().get());
    }

    @Test
    void openingAFileSummarisesItsServicesAndDiagnostics() {
        model.open(Path.of("orders.studio.json"));

        assertEquals("orders.studio.json: 2 services, 1 error, 0 warnings", model.summaryProperty().get());
        assertEquals(List.of("error named-severity: Queue error is flagged.\n  fix: Rename error."),
                model.diagnostics());
    }

    @Test
    void aFileThatCannotBeReadLeavesTheWindowAsItWasAndSaysWhy() {
        model.open(Path.of("broken.studio.json"));

        assertEquals("broken.studio.json: line 1, column 2: expected a field name", model.problemProperty().get());
        assertFalse(model.diagramOpenProperty().get());
        assertEquals("Serverless Studio", model.titleProperty().get());
    }

    @Test
    void aNewDiagramIsUntitledAndEmpty() {
        model.newDiagram();

        assertEquals("Untitled — Serverless Studio", model.titleProperty().get());
        assertEquals("Untitled: 0 services, 0 errors, 0 warnings", model.summaryProperty().get());
    }
}
