package studio.serverless.runner.s3.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import studio.serverless.runner.endpoint.XmlText;

/** Writes S3's XML answers: elements in order, text escaped, the S3 namespace on the root. */
final class XmlBuilder {

    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    private XmlBuilder() {
    }

    /** A document whose root element is in the S3 namespace. */
    static XmlBuilder root(String name) {
        XmlBuilder builder = new XmlBuilder();
        builder.xml.append('<').append(name).append(" xmlns=\"").append(NAMESPACE).append("\">");
        builder.open.push(name);
        return builder;
    }

    /** A document whose root element has no namespace (error bodies). */
    static XmlBuilder plainRoot(String name) {
        XmlBuilder builder = new XmlBuilder();
        return builder.start(name);
    }

    XmlBuilder start(String name) {
        xml.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    XmlBuilder end() {
        xml.append("</").append(open.pop()).append('>');
        return this;
    }

    /** {@code <name>text</name>}; nothing when {@code text} is null. */
    XmlBuilder element(String name, Object text) {
        if (text != null) {
            xml.append('<').append(name).append('>').append(escape(text.toString())).append("</")
                    .append(name).append('>');
        }
        return this;
    }

    /** Text content in the open element. */
    XmlBuilder text(String text) {
        xml.append(escape(text));
        return this;
    }

    /**
     * XML-escaped text, with control characters as character references ({@code &#xA;}), as S3 writes keys
     * that hold them; a client that needs them exactly should ask for {@code encoding-type=url}.
     */
    static String escape(String text) {
        String escaped = XmlText.escape(text);
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c < 0x20 && c != '\t') {
                out.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    byte[] toBytes() {
        while (!open.isEmpty()) {
            end();
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
