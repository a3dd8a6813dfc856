package studio.serverless.runner.stepfunctions.language;

/** A Succeed state: ends its machine successfully with its (filtered) input as output. */
public record SucceedState(String name, DataFlow flow) implements State {
    @Override
    public String type() {
        return "Succeed";
    }
}
