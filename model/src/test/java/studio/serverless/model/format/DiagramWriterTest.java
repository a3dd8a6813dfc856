package studio.serverless.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

class DiagramWriterTest {

    @Test
    void emptyDiagramIsWrittenInTheDocumentedLayout() {
        assertEquals("{\n  \"format\": \"serverless-studio-diagram\",\n  \"version\": 1,\n  \"services\": [],\n"
                + "  \"connections\": []\n}\n", DiagramWriter.write(new Diagram()));
    }

    @Test
    void wholePositionsAreWrittenWithoutAFraction() {
        String text = DiagramWriter.write(diagramWith(queue(new Point(120, -40))));

        assertTrue(text.contains("\"position\": { \"x\": 120, \"y\": -40 },\n"), text);
    }

    @Test
    void fractionalPositionsKeepTheirFraction() {
        String text = DiagramWriter.write(diagramWith(queue(new Point(12.5, 0.1))));

        assertTrue(text.contains("\"position\": { \"x\": 12.5, \"y\": 0.1 },\n"), text);
    }

    @Test
    void propertiesAreWrittenInCatalogueOrderWhateverOrderTheyWereSetIn() {
        Service base = queue(Point.ORIGIN);
        Service oneWay = base.withProperty("fifo", null).withProperty("delaySeconds", 3).withProperty("fifo", true);
        Service otherWay = base.withProperty("delaySeconds", 3).withProperty("fifo", true);

        assertEquals(DiagramWriter.write(diagramWith(otherWay)), DiagramWriter.write(diagramWith(oneWay)));
    }

    @Test
    void firstPropertyOfTheCatalogueComesFirst() {
        String text = DiagramWriter.write(diagramWith(queue(Point.ORIGIN).withProperty("fifo", null)
                .withProperty("fifo", true)));

        assertTrue(text.indexOf("\"fifo\"") < text.indexOf("\"visibilityTimeout\""), text);
    }

    @Test
    void textHasNoCarriageReturnsAndEndsWithOneNewline() {
        String text = DiagramWriter.write(SampleDiagrams.everyKindAndConnection());

        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"));
    }

    @Test
    void positionThatIsNotANumberIsRefused() {
        Diagram diagram = diagramWith(queue(new Point(Double.NaN, 0)));

        assertThrows(IllegalArgumentException.class, () -> DiagramWriter.write(diagram));
    }

    private static Service queue(Point position) {
        return Service.create(new ServiceId("q"), ServiceKind.SQS_QUEUE, "orders", position);
    }

    private static Diagram diagramWith(Service... services) {
        Diagram diagram = new Diagram();
        List.of(services).forEach(diagram::addService);
        return diagram;
    }
}
