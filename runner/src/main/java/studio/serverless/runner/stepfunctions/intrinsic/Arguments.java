package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/** The evaluated arguments of one call, read by type; a wrong type fails with States.IntrinsicFailure. */
final class Arguments {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

    private final String function;
    private final List<JsonNode> values;

    Arguments(String function, List<JsonNode> values) {
        this.function = function;
        this.values = values;
    }

    int size() {
        return values.size();
    }

    JsonNode any(int index) {
        return values.get(index);
    }

    List<JsonNode> all() {
        return values;
    }

    ArrayNode array(int index) {
        return (ArrayNode) typed(index, values.get(index).isArray(), "an array");
    }

    ObjectNode object(int index) {
        return (ObjectNode) typed(index, values.get(index).isObject(), "a JSON object");
    }

    String text(int index) {
        return typed(index, values.get(index).isTextual(), "a string").asText();
    }

    boolean bool(int index) {
        return typed(index, values.get(index).isBoolean(), "a boolean").asBoolean();
    }

    int integer(int index) {
        JsonNode value = values.get(index);
        boolean whole = value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0
                && value.canConvertToInt();
        return typed(index, whole, "an integer").asInt();
    }

    private JsonNode typed(int index, boolean ok, String expected) {
        if (!ok) {
            throw failure("expects " + expected + " as its " + ordinal(index) + " argument, but got "
                    + values.get(index));
        }
        return values.get(index);
    }

    /** A States.IntrinsicFailure naming this function. */
    StatesFailure failure(String problem) {
        return new StatesFailure(ErrorNames.INTRINSIC_FAILURE, "The function " + function + " " + problem);
    }

    private static String ordinal(int index) {
        return index < ORDINALS.length ? ORDINALS[index] : "#" + (index + 1);
    }
}
