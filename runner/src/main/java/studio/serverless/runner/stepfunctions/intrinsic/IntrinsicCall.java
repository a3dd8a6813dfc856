package studio.serverless.runner.stepfunctions.intrinsic;

import java.util.List;

/** A parsed intrinsic function call: the function's name (e.g. {@code States.Format}) and its arguments. */
public record IntrinsicCall(String function, List<IntrinsicArgument> arguments) {

    /** Whether {@code text} is written as an intrinsic function call (it starts with {@code States.}). */
    public static boolean looksLikeCall(String text) {
        return text.startsWith("States.");
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming the position and what was expected. */
    public static IntrinsicCall parse(String text) {
        return IntrinsicParser.parse(text);
    }
}
