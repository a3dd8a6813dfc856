package studio.serverless.runner.dynamodb.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Breaks valid request bodies at random: drops or retypes members at any depth, truncates, pads, nests. */
final class RequestMutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Random random;

    RequestMutator(long seed) {
        this.random = new Random(seed);
    }

    String mutate(String validBody) {
        JsonNode root = parse(validBody);
        return switch (random.nextInt(8)) {
            case 0 -> validBody.substring(0, random.nextInt(validBody.length()));
            case 1 -> validBody.replaceFirst("\"", "'") + "}}";
            case 2 -> dropMember(root).toString();
            case 3, 4, 5 -> retypeMember(root).toString();
            case 6 -> withOversizedValue(root).toString();
            default -> withDeepNesting(root).toString();
        };
    }

    private JsonNode dropMember(JsonNode root) {
        ObjectNode parent = randomObject(root);
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            parent.remove(names.get(random.nextInt(names.size())));
        }
        return root;
    }

    private JsonNode retypeMember(JsonNode root) {
        ObjectNode parent = randomObject(root);
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "Unexpected" : names.get(random.nextInt(names.size()));
        parent.set(name, wrongValue());
        return root;
    }

    private JsonNode wrongValue() {
        return switch (random.nextInt(9)) {
            case 0 -> JSON.getNodeFactory().numberNode(random.nextInt());
            case 1 -> JSON.getNodeFactory().numberNode(random.nextDouble() * 1e300);
            case 2 -> JSON.getNodeFactory().textNode("");
            case 3 -> JSON.getNodeFactory().textNode("%$#@!" + random.nextLong());
            case 4 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 5 -> JSON.createArrayNode().add(1).add("two");
            case 6 -> JSON.createObjectNode().put("S", random.nextInt()).put("N", "x");
            case 7 -> JSON.createObjectNode().put("N", "1e999");
            default -> JSON.createObjectNode();
        };
    }

    private JsonNode withOversizedValue(JsonNode root) {
        randomObject(root).set("Item", JSON.createObjectNode().<ObjectNode>set("pk", JSON.createObjectNode()
                .put("S", "k")).set("blob", JSON.createObjectNode().put("S", "x".repeat(410 * 1024))));
        return root;
    }

    private JsonNode withDeepNesting(JsonNode root) {
        ObjectNode value = JSON.createObjectNode().put("S", "leaf");
        for (int i = 0; i < 40 + random.nextInt(40); i++) {
            ArrayNode list = JSON.createArrayNode().add(value);
            value = JSON.createObjectNode().set("L", list);
        }
        ObjectNode item = JSON.createObjectNode();
        item.set("pk", JSON.createObjectNode().put("S", "deep"));
        item.set("nested", value);
        ((ObjectNode) root).set("Item", item);
        return root;
    }

    /** The root or a random object nested below it. */
    private ObjectNode randomObject(JsonNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        return objects.get(random.nextInt(objects.size()));
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collect(child, objects));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(body, e);
        }
    }
}
