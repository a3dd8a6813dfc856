package studio.serverless.runner.stepfunctions.language;

/** Where a state goes when it is done: the state named {@code next}, or the end of its machine when null. */
public record Transition(String next) {

    /** The transition of a state with {@code "End": true}. */
    public static final Transition END = new Transition(null);

    /** Whether the machine ends after this state. */
    public boolean end() {
        return next == null;
    }
}
