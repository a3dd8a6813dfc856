package studio.serverless.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

class DiagramRoundTripTest {

    @Test
    void writingWhatWasReadGivesByteIdenticalText() throws DiagramFormatException {
        String written = DiagramWriter.write(SampleDiagrams.everyKindAndConnection());

        String rewritten = DiagramWriter.write(DiagramReader.read(written, "sample.studio.json"));

        assertEquals(written, rewritten);
    }

    @Test
    void readingWhatWasWrittenGivesAnEqualDiagram() throws DiagramFormatException {
        Diagram original = SampleDiagrams.everyKindAndConnection();

        Diagram read = DiagramReader.read(DiagramWriter.write(original), "sample.studio.json");

        assertEquals(original.services(), read.services());
        assertEquals(original.connections(), read.connections());
    }

    @Test
    void theSampleHoldsEveryServiceKindAndConnectionType() {
        Diagram sample = SampleDiagrams.everyKindAndConnection();

        assertEquals(Arrays.stream(ServiceKind.values()).collect(Collectors.toSet()),
                sample.services().stream().map(Service::kind).collect(Collectors.toSet()));
        assertEquals(Arrays.stream(ConnectionType.values()).collect(Collectors.toSet()),
                sample.connections().stream().map(Connection::type).collect(Collectors.toSet()));
    }
}
