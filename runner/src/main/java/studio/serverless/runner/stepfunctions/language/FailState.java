package studio.serverless.runner.stepfunctions.language;

/**
 * A Fail state: ends its machine with an error and cause, each literal ({@code Error}, {@code Cause}) or computed
 * by a path or intrinsic function ({@code ErrorPath}, {@code CausePath}); unset ones are null.
 */
public record FailState(String name, String error, String errorPath, String cause, String causePath)
        implements State {
    @Override
    public DataFlow flow() {
        return DataFlow.NONE;
    }

    @Override
    public String type() {
        return "Fail";
    }
}
