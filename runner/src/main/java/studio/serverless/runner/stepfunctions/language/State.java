package studio.serverless.runner.stepfunctions.language;

/** One state of a state machine. Each type is a record; the interpreter switches over them. */
public sealed interface State permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState,
        ParallelState, MapState {

    /** The state's name, its key in States. */
    String name();

    /** Its input and output processing. */
    DataFlow flow();

    /** The Type as a definition writes it, e.g. {@code Pass}; history event names start with it. */
    String type();
}
