package studio.serverless.runner.sns.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import studio.serverless.runner.pattern.ContentPattern;
import studio.serverless.runner.pattern.PatternCompiler;
import studio.serverless.runner.pattern.PatternException;
import studio.serverless.runner.sqs.engine.MessageAttributeValue;

/**
 * A subscription's filter policy with its scope. On message attributes the policy sees a flat JSON object
 * (String values as strings, Number values as numbers, String.Array values as arrays; Binary ones are not
 * filterable; a message without attributes matches no policy); on the message body it sees the body's JSON,
 * nested keys and all. Without a policy everything is accepted.
 */
final class SubscriptionFilter {

    static final SubscriptionFilter NONE = new SubscriptionFilter(null, false);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_POLICY_BYTES = 256 * 1024;

    private final ContentPattern pattern;
    private final boolean bodyScope;

    private SubscriptionFilter(ContentPattern pattern, boolean bodyScope) {
        this.pattern = pattern;
        this.bodyScope = bodyScope;
    }

    /** Compiles {@code policy} (null for none); InvalidParameter with the reason when it is not valid. */
    static SubscriptionFilter of(String policy, String scope) {
        if (policy == null || policy.isEmpty() || policy.equals("{}")) {
            return NONE;
        }
        if (policy.length() > MAX_POLICY_BYTES) {
            throw SnsException.invalidParameter("FilterPolicy: Filter policy is too long");
        }
        ContentPattern compiled;
        try {
            compiled = PatternCompiler.compile(policy);
        } catch (PatternException e) {
            throw SnsException.invalidParameter("FilterPolicy: " + e.getMessage());
        }
        boolean body = "MessageBody".equals(scope);
        if (!body && compiled.depth() > 1) {
            throw SnsException.invalidParameter("Filter policy scope MessageAttributes does not support nested "
                    + "filter policy");
        }
        return new SubscriptionFilter(compiled, body);
    }

    /** Whether a message with this body and these attributes passes the filter. */
    boolean accepts(String body, Map<String, MessageAttributeValue> attributes) {
        if (pattern == null) {
            return true;
        }
        JsonNode document = bodyScope ? parse(body) : attributesDocument(attributes);
        // a message without attributes matches no attribute policy, not even {"exists": false}, as AWS documents
        return document != null && document.isObject() && !document.isEmpty() && pattern.matches(document);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode attributesDocument(Map<String, MessageAttributeValue> attributes) {
        ObjectNode document = JSON.createObjectNode();
        attributes.forEach((name, value) -> {
            String type = value.baseType();
            if (type.equals("Number")) {
                document.put(name, new BigDecimal(value.stringValue().trim()));
            } else if (value.dataType().equals("String.Array")) {
                JsonNode array = parse(value.stringValue());
                document.set(name, array != null && array.isArray() ? array : JSON.getNodeFactory()
                        .textNode(value.stringValue()));
            } else if (type.equals("String")) {
                document.put(name, value.stringValue());
            }
        });
        return document;
    }
}
