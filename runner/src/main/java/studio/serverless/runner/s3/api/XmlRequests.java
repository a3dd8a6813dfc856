package studio.serverless.runner.s3.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * Reads S3's XML request bodies (DeleteObjects, CompleteMultipartUpload, notification configurations) safely: no
 * DTDs, no external entities, at most 2 MiB; anything that does not parse is MalformedXML.
 */
final class XmlRequests {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private XmlRequests() {
    }

    /** The root element of the body, or null when the body is empty. */
    static Element read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new S3Exception(S3Error.MALFORMED_XML, "The XML you provided was too large.");
            }
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                return null;
            }
            return builder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (IOException | SAXException e) {
            throw new S3Exception(S3Error.MALFORMED_XML);
        }
    }

    /** The root element, or MalformedXML when the body is empty. */
    static Element require(InputStream body) {
        Element root = read(body);
        if (root == null) {
            throw new S3Exception(S3Error.MALFORMED_XML);
        }
        return root;
    }

    /** The child elements named {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of the first child named {@code name}, or null. */
    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }
}
