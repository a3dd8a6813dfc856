package studio.serverless.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

class DiagramReaderTest {

    private static final String HEAD = "'format':'serverless-studio-diagram','version':1";
    private static final String LAMBDA = "{'id':'f','kind':'lambda','name':'f','position':{'x':1,'y':2}";
    private static final String QUEUE = "{'id':'q','kind':'sqs','name':'q','position':{'x':1,'y':2}}";

    @Test
    void propertiesLeftOutTakeTheCatalogueDefaults() throws DiagramFormatException {
        Diagram diagram = read("{" + HEAD + ",'services':[" + LAMBDA + ",'properties':{'memorySize':256}}]}");

        Service expected = Service.create(new ServiceId("f"), ServiceKind.LAMBDA_FUNCTION, "f", new Point(1, 2))
                .withProperty("memorySize", 256);
        assertEquals(expected, diagram.services().get(0));
    }

    @Test
    void connectionPropertiesLeftOutTakeTheirSpecsDefaults() throws DiagramFormatException {
        Diagram diagram = read(withConnection("'sqs-event-source','q','f'", "'batchSize':5"));

        PropertyValues defaults = PropertyValues.defaults(ServiceCatalog.standard()
                .connection(ConnectionType.SQS_EVENT_SOURCE, ServiceKind.SQS_QUEUE, ServiceKind.LAMBDA_FUNCTION)
                .orElseThrow().properties());
        assertEquals(defaults.with("batchSize", 5), diagram.connections().get(0).properties());
    }

    @Test
    void illegalConnectionLoadsWithOnlyTheValuesInTheFile() throws DiagramFormatException {
        Diagram diagram = read(withConnection("'sns-subscription','f','q'", "'rawMessageDelivery':true"));

        Connection connection = diagram.connections().get(0);
        assertEquals(Map.of("rawMessageDelivery", true), connection.properties().asMap());
    }

    @Test
    void nullUnsetsAnOptionalProperty() throws DiagramFormatException {
        Diagram diagram = read("{" + HEAD + ",'services':[" + LAMBDA + ",'properties':{'reservedConcurrency':null}}]}");

        assertFalse(diagram.services().get(0).properties().get("reservedConcurrency").isPresent());
    }

    @Test
    void wholeNumberWrittenWithAFractionIsAnInteger() throws DiagramFormatException {
        Diagram diagram = read("{" + HEAD + ",'services':[" + LAMBDA + ",'properties':{'memorySize':256.0}}]}");

        assertEquals(256, diagram.services().get(0).properties().integer("memorySize").orElseThrow());
    }

    @Test
    void unknownFieldsOutsidePropertiesAreIgnored() throws DiagramFormatException {
        Diagram diagram = read("{" + HEAD + ",'createdBy':'v9','services':[" + LAMBDA + ",'colour':'red'}]}");

        assertEquals(Service.create(new ServiceId("f"), ServiceKind.LAMBDA_FUNCTION, "f", new Point(1, 2)),
                diagram.services().get(0));
    }

    @Test
    void fileWithoutServicesOrConnectionsIsAnEmptyDiagram() throws DiagramFormatException {
        Diagram diagram = read("{" + HEAD + "}");

        assertEquals(0, diagram.services().size() + diagram.connections().size());
    }

    @Test
    void theExampleInTheFormatDocumentLoads() throws IOException, DiagramFormatException {
        String document = Files.readString(Path.of("..", "docs", "file-format.md"));
        int start = document.indexOf("```json\n") + "```json\n".length();
        String example = document.substring(start, document.indexOf("```", start));

        Diagram diagram = DiagramReader.read(example, "file-format.md");

        assertEquals(256, diagram.services().get(0).properties().integer("memorySize").orElseThrow());
        assertEquals(ConnectionType.DYNAMODB_ACCESS, diagram.connections().get(0).type());
    }

    private static Diagram read(String singleQuoted) throws DiagramFormatException {
        return DiagramReader.read(singleQuoted.replace('\'', '"'), "test.studio.json");
    }

    private static String withConnection(String typeSourceTarget, String properties) {
        String[] parts = typeSourceTarget.split(",");
        return "{" + HEAD + ",'services':[" + LAMBDA + "}," + QUEUE + "],'connections':[{'id':'c1','type':"
                + parts[0] + ",'source':" + parts[1] + ",'target':" + parts[2] + ",'properties':{" + properties
                + "}}]}";
    }
}
