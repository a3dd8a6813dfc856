package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** One argument of an intrinsic function call. */
public sealed interface IntrinsicArgument {

    /** A literal: a string in single quotes (with its text as written, escapes kept), a number, a boolean or null. */
    record Literal(JsonNode value, String written) implements IntrinsicArgument {
    }

    /** A path into the state's input ({@code $.x}) or the context object ({@code $$.Execution.Id}). */
    record PathReference(boolean context, JsonPath path) implements IntrinsicArgument {
    }

    /** A nested call, e.g. {@code States.ArrayLength(States.Array(1, 2))}. */
    record Call(IntrinsicCall call) implements IntrinsicArgument {
    }
}
