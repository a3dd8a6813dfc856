package studio.serverless.runner.dynamodb.engine.value;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item size as DynamoDB counts it for the 400 KB limit: the UTF-8 length of every attribute name plus the size
 * of every value; a map or list costs 3 bytes plus one byte per element on top of its contents.
 */
public final class ItemSize {
    /** The largest item DynamoDB stores, 400 KB. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    /** @return the size in bytes of an item */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            size += utf8Length(entry.getKey()) + of(entry.getValue());
        }
        return size;
    }

    /** @return the size in bytes of one value */
    public static long of(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return utf8Length(s.value());
        }
        if (value instanceof AttributeValue.N n) {
            return Numbers.size(n.value());
        }
        if (value instanceof AttributeValue.B b) {
            return b.value().length();
        }
        if (value instanceof AttributeValue.SS ss) {
            return ss.values().stream().mapToLong(ItemSize::utf8Length).sum();
        }
        if (value instanceof AttributeValue.NS ns) {
            return ns.values().stream().mapToLong(Numbers::size).sum();
        }
        if (value instanceof AttributeValue.BS bs) {
            return bs.values().stream().mapToLong(Binary::length).sum();
        }
        if (value instanceof AttributeValue.M m) {
            return 3 + m.values().size() + of(m.values());
        }
        if (value instanceof AttributeValue.L l) {
            return 3 + l.values().size() + l.values().stream().mapToLong(ItemSize::of).sum();
        }
        return 1;
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
