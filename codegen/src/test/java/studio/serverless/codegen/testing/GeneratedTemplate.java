package studio.serverless.codegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** A generated {@code template.yaml} read back as a tree, with the checks tests make over all of it. */
public final class GeneratedTemplate {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final JsonNode root;

    private GeneratedTemplate(JsonNode root) {
        this.root = root;
    }

    /** Parses the YAML text (plain YAML: the template uses no CloudFormation tags). */
    public static GeneratedTemplate parse(String yaml) {
        try {
            return new GeneratedTemplate(YAML.readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole template tree. */
    public JsonNode root() {
        return root;
    }

    /** The resources, by logical id. */
    public Iterator<Map.Entry<String, JsonNode>> resources() {
        return root.path("Resources").fields();
    }

    /** The logical ids of the resources. */
    public Set<String> logicalIds() {
        Set<String> ids = new java.util.TreeSet<>();
        root.path("Resources").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    /** Every {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub} variable naming something the template lacks. */
    public List<String> danglingReferences() {
        List<String> dangling = new ArrayList<>();
        visit(root, node -> {
            if (node.has("Ref")) {
                check(node.get("Ref").asText(), dangling);
            } else if (node.has("Fn::GetAtt")) {
                check(node.get("Fn::GetAtt").get(0).asText(), dangling);
            } else if (node.has("Fn::Sub")) {
                JsonNode sub = node.get("Fn::Sub");
                String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
                Matcher variables = SUB_VARIABLE.matcher(text);
                while (variables.find()) {
                    String variable = variables.group(1).split("\\.")[0];
                    if (!(sub.isArray() && sub.get(1).has(variable))) {
                        check(variable, dangling);
                    }
                }
            }
        });
        return dangling;
    }

    /** Every IAM statement with a {@code *} action or resource, as text. */
    public List<String> wildcardStatements() {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node.has("Statement")) {
                for (JsonNode statement : node.get("Statement")) {
                    if (hasWildcard(statement.path("Action")) || hasWildcard(statement.path("Resource"))) {
                        found.add(statement.toString());
                    }
                }
            }
        });
        return found;
    }

    private static boolean hasWildcard(JsonNode value) {
        List<JsonNode> values = value.isArray()
                ? StreamSupport.stream(value.spliterator(), false).toList() : List.of(value);
        return values.stream().anyMatch(item -> item.isTextual() && item.asText().contains("*"));
    }

    private void check(String name, List<String> dangling) {
        if (!name.startsWith("AWS::") && !root.path("Resources").has(name)) {
            dangling.add(name);
        }
    }

    /** A copy of a tree with each intrinsic function ({@code Ref}, {@code Fn::*}) replaced by a plain string. */
    public static JsonNode withoutIntrinsics(JsonNode node) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return com.fasterxml.jackson.databind.node.TextNode.valueOf("resolved-by-cloudformation");
            }
        }
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = YAML.createObjectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), withoutIntrinsics(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = YAML.createArrayNode();
            node.forEach(item -> copy.add(withoutIntrinsics(item)));
            return copy;
        }
        return node;
    }

    private static void visit(JsonNode node, java.util.function.Consumer<JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(node);
        }
        node.elements().forEachRemaining(child -> visit(child, visitor));
    }
}
