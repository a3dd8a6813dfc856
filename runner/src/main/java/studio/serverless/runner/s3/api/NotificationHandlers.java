package studio.serverless.runner.s3.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.w3c.dom.Element;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.NotificationConfiguration;
import studio.serverless.runner.s3.engine.NotificationRule;
import studio.serverless.runner.s3.engine.NotificationRule.Destination;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;

/** PutBucketNotificationConfiguration and GetBucketNotificationConfiguration. */
final class NotificationHandlers {

    private static final Map<Destination, String[]> ELEMENTS = Map.of(
            Destination.QUEUE, new String[] {"QueueConfiguration", "Queue"},
            Destination.TOPIC, new String[] {"TopicConfiguration", "Topic"},
            Destination.LAMBDA, new String[] {"CloudFunctionConfiguration", "CloudFunction"});

    private final S3Engine engine;

    NotificationHandlers(S3Engine engine) {
        this.engine = engine;
    }

    StreamedResponse put(S3Call call) {
        engine.bucket(call.bucket());
        Element root = XmlRequests.require(call.body());
        List<NotificationRule> rules = new ArrayList<>();
        for (Destination destination : Destination.values()) {
            String[] names = ELEMENTS.get(destination);
            for (Element element : XmlRequests.children(root, names[0])) {
                rules.add(rule(element, destination, names[1]));
            }
        }
        engine.setNotifications(call.bucket(), new NotificationConfiguration(rules));
        return S3Responses.empty(200, Map.of());
    }

    StreamedResponse get(S3Call call) {
        XmlBuilder xml = XmlBuilder.root("NotificationConfiguration");
        for (NotificationRule rule : engine.notifications(call.bucket()).rules()) {
            String[] names = ELEMENTS.get(rule.destination());
            xml.start(names[0]).element("Id", rule.id()).element(names[1], rule.arn());
            rule.events().forEach(event -> xml.element("Event", event));
            if (!rule.prefix().isEmpty() || !rule.suffix().isEmpty()) {
                xml.start("Filter").start("S3Key");
                filterRule(xml, "prefix", rule.prefix());
                filterRule(xml, "suffix", rule.suffix());
                xml.end().end();
            }
            xml.end();
        }
        return S3Responses.xml(xml);
    }

    private static void filterRule(XmlBuilder xml, String name, String value) {
        if (!value.isEmpty()) {
            xml.start("FilterRule").element("Name", name).element("Value", value).end();
        }
    }

    private static NotificationRule rule(Element element, Destination destination, String arnElement) {
        String arn = XmlRequests.text(element, arnElement);
        List<String> events = XmlRequests.children(element, "Event").stream().map(e -> e.getTextContent().trim())
                .toList();
        if (arn == null || arn.isEmpty() || events.isEmpty()) {
            throw new S3Exception(S3Error.MALFORMED_XML);
        }
        for (String event : events) {
            if (!NotificationRule.KNOWN_EVENTS.contains(event)) {
                throw S3Exception.invalidArgument("The event '" + event + "' is not supported for notifications",
                        "Event", event);
            }
        }
        String id = XmlRequests.text(element, "Id");
        String[] filters = filters(element);
        return new NotificationRule(id == null || id.isEmpty() ? UUID.randomUUID().toString() : id, destination, arn,
                events, filters[0], filters[1]);
    }

    private static String[] filters(Element element) {
        String[] prefixSuffix = {"", ""};
        for (Element filter : XmlRequests.children(element, "Filter")) {
            for (Element key : XmlRequests.children(filter, "S3Key")) {
                for (Element rule : XmlRequests.children(key, "FilterRule")) {
                    String name = String.valueOf(XmlRequests.text(rule, "Name")).toLowerCase(java.util.Locale.ROOT);
                    String value = String.valueOf(XmlRequests.text(rule, "Value"));
                    switch (name) {
                        case "prefix" -> prefixSuffix[0] = value;
                        case "suffix" -> prefixSuffix[1] = value;
                        default -> throw S3Exception.invalidArgument(
                                "filter rule name must be either prefix or suffix", "FilterRule", name);
                    }
                }
            }
        }
        return prefixSuffix;
    }
}
