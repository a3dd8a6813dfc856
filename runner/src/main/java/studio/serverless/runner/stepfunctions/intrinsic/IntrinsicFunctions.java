package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.error.StatesFailure;

/** Every intrinsic function of the States Language, and the evaluation of a parsed call. */
public final class IntrinsicFunctions {

    private static final Map<String, IntrinsicFunction> FUNCTIONS = new TreeMap<>();

    static {
        ArrayFunctions.register(FUNCTIONS);
        TextFunctions.register(FUNCTIONS);
        EncodingFunctions.register(FUNCTIONS);
    }

    private IntrinsicFunctions() {
    }

    /** The names of every function, e.g. {@code States.Format}. */
    public static List<String> names() {
        return List.copyOf(FUNCTIONS.keySet());
    }

    static boolean isKnown(String name) {
        return FUNCTIONS.containsKey(name);
    }

    static void checkArity(String name, int count, String text) {
        IntrinsicFunction function = FUNCTIONS.get(name);
        if (count < function.minArguments() || count > function.maxArguments()) {
            String expected = function.minArguments() == function.maxArguments()
                    ? String.valueOf(function.minArguments())
                    : function.maxArguments() == Integer.MAX_VALUE ? "at least " + function.minArguments()
                    : function.minArguments() + " to " + function.maxArguments();
            throw new IllegalArgumentException("'" + text + "' is not a valid intrinsic function call: " + name
                    + " takes " + expected + " arguments, not " + count);
        }
    }

    /**
     * The value of {@code call} with paths read from {@code input} ({@code $}) and {@code context} ({@code $$}).
     * Throws {@link StatesFailure} {@code States.IntrinsicFailure} when an argument is missing or of the wrong type.
     */
    public static JsonNode evaluate(IntrinsicCall call, JsonNode input, JsonNode context) {
        return evaluate(call, input, context, name -> null);
    }

    /** As {@link #evaluate(IntrinsicCall, JsonNode, JsonNode)}, with arguments such as {@code $name} from variables. */
    public static JsonNode evaluate(IntrinsicCall call, JsonNode input, JsonNode context,
                                    Function<String, JsonNode> variables) {
        List<JsonNode> values = new ArrayList<>();
        for (int i = 0; i < call.arguments().size(); i++) {
            values.add(argument(call, i, input, context, variables));
        }
        return FUNCTIONS.get(call.function()).body().apply(new Arguments(call.function(), values));
    }

    private static JsonNode argument(IntrinsicCall call, int index, JsonNode input, JsonNode context,
                                     Function<String, JsonNode> variables) {
        IntrinsicArgument argument = call.arguments().get(index);
        if (argument instanceof IntrinsicArgument.Literal literal) {
            boolean template = index == 0 && "States.Format".equals(call.function()) && literal.value().isTextual();
            return template ? JsonNodeFactory.instance.textNode(literal.written()) : literal.value();
        }
        if (argument instanceof IntrinsicArgument.Call nested) {
            return evaluate(nested.call(), input, context, variables);
        }
        IntrinsicArgument.PathReference reference = (IntrinsicArgument.PathReference) argument;
        String source = reference.path().variable() != null ? "the variables"
                : reference.context() ? "the context object" : "the input";
        return reference.path().find(reference.context() ? context : input, variables).orElseThrow(() ->
                new StatesFailure(ErrorNames.INTRINSIC_FAILURE, "The function " + call.function() + " was given the"
                        + " path '" + (reference.context() ? "$" : "") + reference.path()
                        + "', which selects nothing in " + source));
    }
}
