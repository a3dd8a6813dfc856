package studio.serverless.runner.stepfunctions.language;

/**
 * The query language of a state machine or state: JSONPath (the default) or JSONata. A JSONPath machine may have
 * JSONata states; a JSONata machine may not have JSONPath states.
 */
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

    /**
     * The language of {@code fields}' QueryLanguage, else {@code inherited}; a bad value, or JSONPath inside a
     * JSONata machine, is reported and the inherited language kept.
     */
    static QueryLanguage of(Fields fields, QueryLanguage inherited) {
        String language = fields.text("QueryLanguage", false);
        if (language == null) {
            return inherited;
        }
        if (JSONATA.written.equals(language)) {
            return JSONATA;
        }
        if (!JSONPATH.written.equals(language)) {
            fields.report("QueryLanguage", "must be JSONPath or JSONata, not '" + language + "'");
        } else if (inherited == JSONATA) {
            fields.report("QueryLanguage", "cannot be JSONPath in a state machine whose QueryLanguage is JSONata"
                    + " (a JSONPath state machine may have JSONata states, not the other way round)");
        } else {
            return JSONPATH;
        }
        return inherited;
    }
}
