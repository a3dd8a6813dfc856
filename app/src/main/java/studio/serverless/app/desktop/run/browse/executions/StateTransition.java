package studio.serverless.app.desktop.run.browse.executions;

/**
 * An arrow of a drawn state machine.
 *
 * @param from  the state it leaves
 * @param to    the state it enters
 * @param kind  why it is taken
 * @param label what is written on it (a Choice rule's number, a Catch's errors), or empty
 */
public record StateTransition(String from, String to, Kind kind, String label) {

    /** Why a transition is taken. */
    public enum Kind {
        /** {@code Next} of a state that ends normally. */
        NEXT,
        /** A rule of a Choice state. */
        CHOICE,
        /** A Choice state's {@code Default}. */
        DEFAULT,
        /** A {@code Catch} after an error. */
        CATCH
    }
}
