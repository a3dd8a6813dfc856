package studio.serverless.canvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

class SvgDocumentTest {

    private static final String HOSTILE_NAME = "Orders <v2> & \"beta\" 'api'";

    @Test
    void theSvgParsesAsXmlAndNamesEveryServiceWhole() throws Exception {
        Diagram diagram = apiAndFunction();

        Document svg = parse(SvgDocument.of(diagram, "white"));

        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals(List.of(HOSTILE_NAME, "create-order-handler-with-a-long-name"), texts(svg, "title"));
    }

    @Test
    void theSvgDrawsEachConnectionWithItsArrowheadAndLabel() throws Exception {
        Document svg = parse(SvgDocument.of(apiAndFunction(), "white"));

        assertEquals(1, svg.getElementsByTagName("line").getLength());
        assertEquals(1, svg.getElementsByTagName("polygon").getLength());
        assertTrue(texts(svg, "text").contains("POST /orders"), texts(svg, "text").toString());
        assertTrue(texts(svg, "text").contains("API Gateway"), texts(svg, "text").toString());
    }

    @Test
    void theSvgIsAsLargeAsTheDiagramAndItsMargins() throws Exception {
        Document svg = parse(SvgDocument.of(apiAndFunction(), "white"));

        // figures span x 100..660 and y 100..164; 40 of margin on every side
        assertEquals("640", svg.getDocumentElement().getAttribute("width"));
        assertEquals("144", svg.getDocumentElement().getAttribute("height"));
        assertEquals("60 60 640 144", svg.getDocumentElement().getAttribute("viewBox"));
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        assertEquals("a\uFFFDb &amp; &lt;c&gt;", XmlText.escape("a\u0001b & <c>"));
    }

    private static Diagram apiAndFunction() {
        Diagram diagram = new Diagram();
        ServiceId api = new ServiceId("apigateway-1");
        ServiceId function = new ServiceId("lambda-1");
        diagram.addService(Service.create(api, ServiceKind.API_GATEWAY, HOSTILE_NAME, new Point(100, 100)));
        diagram.addService(Service.create(function, ServiceKind.LAMBDA_FUNCTION,
                "create-order-handler-with-a-long-name", new Point(500, 100)));
        diagram.addConnection(new Connection(new ConnectionId("c1"), ConnectionType.API_INTEGRATION, api, function,
                PropertyValues.of(Map.of("route", "POST /orders"))));
        return diagram;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
