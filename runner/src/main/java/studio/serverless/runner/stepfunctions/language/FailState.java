package studio.serverless.runner.stepfunctions.language;

/**
 * A Fail state: ends its machine with an error and cause, each literal ({@code Error}, {@code Cause}; in JSONata
 * possibly a {@code {% %}} expression) or computed by a path or intrinsic function ({@code ErrorPath},
 * {@code CausePath}); unset ones are null. {@code flow} only tells the query language.
 */
public record FailState(String name, String error, String errorPath, String cause, String causePath, DataFlow flow)
        implements State {

    /** A JSONPath Fail state. */
    public FailState(String name, String error, String errorPath, String cause, String causePath) {
        this(name, error, errorPath, cause, causePath, DataFlow.NONE);
    }

    @Override
    public String type() {
        return "Fail";
    }
}
