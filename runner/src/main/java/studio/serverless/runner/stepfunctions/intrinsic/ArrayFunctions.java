package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;

/** States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength and ArrayUnique. */
final class ArrayFunctions {

    private static final int MAX_RANGE = 1000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArrayFunctions() {
    }

    static void register(Map<String, IntrinsicFunction> functions) {
        functions.put("States.Array", new IntrinsicFunction(0, Integer.MAX_VALUE, ArrayFunctions::array));
        functions.put("States.ArrayPartition", IntrinsicFunction.of(2, ArrayFunctions::partition));
        functions.put("States.ArrayContains", IntrinsicFunction.of(2,
                args -> NODES.booleanNode(contains(args.array(0), args.any(1)))));
        functions.put("States.ArrayRange", IntrinsicFunction.of(3, ArrayFunctions::range));
        functions.put("States.ArrayGetItem", IntrinsicFunction.of(2, ArrayFunctions::item));
        functions.put("States.ArrayLength", IntrinsicFunction.of(1, args -> NODES.numberNode(args.array(0).size())));
        functions.put("States.ArrayUnique", IntrinsicFunction.of(1, ArrayFunctions::unique));
    }

    private static JsonNode array(Arguments args) {
        ArrayNode array = NODES.arrayNode();
        args.all().forEach(array::add);
        return array;
    }

    private static JsonNode partition(Arguments args) {
        ArrayNode source = args.array(0);
        int size = args.integer(1);
        if (size <= 0) {
            throw args.failure("expects a chunk size greater than 0, but got " + size);
        }
        ArrayNode chunks = NODES.arrayNode();
        for (int start = 0; start < source.size(); start += size) {
            ArrayNode chunk = chunks.addArray();
            for (int i = start; i < Math.min(source.size(), start + size); i++) {
                chunk.add(source.get(i));
            }
        }
        return chunks;
    }

    private static boolean contains(Iterable<JsonNode> array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(JsonValues.NUMERIC, value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode range(Arguments args) {
        int first = args.integer(0);
        int last = args.integer(1);
        int step = args.integer(2);
        if (step == 0) {
            throw args.failure("expects a step other than 0");
        }
        long count = Math.max(0, ((long) last - first) / step + 1);
        if (count > MAX_RANGE) {
            throw args.failure("would return " + count + " elements; at most " + MAX_RANGE + " are allowed");
        }
        ArrayNode range = NODES.arrayNode();
        for (long value = first; step > 0 ? value <= last : value >= last; value += step) {
            range.add((int) value);
        }
        return range;
    }

    private static JsonNode item(Arguments args) {
        ArrayNode array = args.array(0);
        int index = args.integer(1);
        if (index < 0 || index >= array.size()) {
            throw args.failure("was asked for index " + index + " of an array of " + array.size() + " elements");
        }
        return array.get(index);
    }

    private static JsonNode unique(Arguments args) {
        ArrayNode unique = NODES.arrayNode();
        args.array(0).forEach(element -> {
            if (!contains(unique, element)) {
                unique.add(element);
            }
        });
        return unique;
    }
}
