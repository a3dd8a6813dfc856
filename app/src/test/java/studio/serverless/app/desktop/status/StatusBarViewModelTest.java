package studio.serverless.app.desktop.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import studio.serverless.app.testing.FakeDiagrams;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;

class StatusBarViewModelTest {

    private final StatusBarViewModel model = new StatusBarViewModel();

    @ParameterizedTest
    @CsvSource({"1, 100%", "0.5, 50%", "1.25, 125%", "0.333, 33%"})
    void zoomIsAWholePercentage(double factor, String shown) {
        model.showZoom(factor);

        assertEquals(shown, model.zoomProperty().get());
    }

    @Test
    void countsProblemsAndTheUnsavedMarker() {
        Diagnostic error = new Diagnostic("a", Severity.ERROR, List.of(new ServiceId("sqs-0")), "Broken.", "");

        model.show(FakeDiagrams.withServices("orders"), List.of(error), true);

        assertEquals("1 service · 0 connections", model.countsProperty().get());
        assertEquals("1 error · 0 warnings", model.problemsProperty().get());
        assertEquals("● Unsaved changes", model.savedProperty().get());
    }

    @Test
    void aSavedDiagramSaysSo() {
        model.show(FakeDiagrams.withServices("a", "b"), List.of(), false);

        assertEquals("2 services · 0 connections", model.countsProperty().get());
        assertEquals("Saved", model.savedProperty().get());
    }
}
