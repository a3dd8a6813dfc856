package studio.serverless.runner.sns.api;

import java.util.Map;
import studio.serverless.runner.endpoint.XmlText;

/** The inside of an action's {@code <ActionResult>} element, written as the query protocol's XML. */
final class XmlResult {

    private final StringBuilder xml = new StringBuilder();

    /** Adds {@code <name>value</name>}, unless value is null. */
    XmlResult element(String name, String value) {
        if (value != null) {
            xml.append('<').append(name).append('>').append(XmlText.escape(value)).append("</").append(name)
                    .append('>');
        }
        return this;
    }

    /** Opens an element. */
    XmlResult open(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    /** Closes an element. */
    XmlResult close(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    /** Adds a map as {@code <name><entry><key/><value/></entry>...</name>}. */
    XmlResult map(String name, Map<String, String> entries) {
        open(name);
        entries.forEach((key, value) -> open("entry").element("key", key).element("value", value).close("entry"));
        return close(name);
    }

    /** Appends another result's XML as it is. */
    XmlResult raw(XmlResult other) {
        xml.append(other.xml);
        return this;
    }

    boolean isEmpty() {
        return xml.isEmpty();
    }

    @Override
    public String toString() {
        return xml.toString();
    }
}
