package studio.serverless.codegen.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One block of a Terraform file, {@code resource "aws_sqs_queue" "orders_queue" { ... }}: a type, labels and a
 * body of attributes and nested blocks in the order they were added. {@link HclText#block} writes it.
 */
public final class HclBlock {

    private final String type;
    private final List<String> labels;
    private final List<Map.Entry<String, Object>> body = new ArrayList<>();

    private HclBlock(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    /** A block of a type with labels, e.g. {@code of("variable", "region")}; a nested block has no labels. */
    public static HclBlock of(String type, String... labels) {
        return new HclBlock(type, List.of(labels));
    }

    /** {@code resource "<resourceType>" "<name>"}. */
    public static HclBlock resource(String resourceType, String name) {
        return of("resource", resourceType, name);
    }

    /** Adds an attribute; a {@code null} value adds nothing. */
    public HclBlock set(String name, Object value) {
        if (value != null) {
            body.add(Map.entry(name, value));
        }
        return this;
    }

    /** Adds a nested block. */
    public HclBlock add(HclBlock nested) {
        body.add(Map.entry(nested.type, nested));
        return this;
    }

    /** The block's type, e.g. {@code resource}. */
    public String type() {
        return type;
    }

    /** The labels, e.g. {@code ["aws_sqs_queue", "orders_queue"]}. */
    public List<String> labels() {
        return labels;
    }

    /** The attributes and nested blocks, in order; nested blocks are the entries whose value is a block. */
    public List<Map.Entry<String, Object>> body() {
        return Collections.unmodifiableList(body);
    }

    /** A reference to an attribute of this resource (or data source): {@code aws_sqs_queue.orders_queue.arn}. */
    public HclExpression ref(String attribute) {
        String address = "data".equals(type) ? "data." + labels.get(0) + "." + labels.get(1)
                : labels.get(0) + "." + labels.get(1);
        return HclExpression.reference(address, attribute);
    }
}
