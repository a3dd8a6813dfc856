package studio.serverless.runner.stepfunctions.language;

/** The query language of a state machine or state: JSONPath (the default) or JSONata (not run yet: decision 0033). */
public enum QueryLanguage {
    /** Paths, payload templates and intrinsic functions. */
    JSONPATH("JSONPath"),
    /** JSONata expressions in {% %}, with Arguments, Output and Assign. */
    JSONATA("JSONata");

    private final String written;

    QueryLanguage(String written) {
        this.written = written;
    }

    /** The name as a definition writes it. */
    public String written() {
        return written;
    }
}
