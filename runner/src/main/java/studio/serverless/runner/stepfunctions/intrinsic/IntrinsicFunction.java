package studio.serverless.runner.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** One intrinsic function: its argument count range and what it computes. */
record IntrinsicFunction(int minArguments, int maxArguments, Body body) {

    /** The computation over evaluated arguments. */
    @FunctionalInterface
    interface Body {
        JsonNode apply(Arguments arguments);
    }

    static IntrinsicFunction of(int arguments, Body body) {
        return new IntrinsicFunction(arguments, arguments, body);
    }
}
