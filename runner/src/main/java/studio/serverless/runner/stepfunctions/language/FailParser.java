package studio.serverless.runner.stepfunctions.language;

/** Reads a Fail state: Error or ErrorPath, Cause or CausePath. */
final class FailParser {

    private FailParser() {
    }

    static FailState fail(String name, Fields fields, DataFlow flow) {
        if (flow.jsonata()) {
            JsonataChecks.template(fields, "Error");
            JsonataChecks.template(fields, "Cause");
        }
        return new FailState(name, literal(fields, "Error"), computed(fields, "ErrorPath"),
                literal(fields, "Cause"), computed(fields, "CausePath"), flow);
    }

    private static String literal(Fields fields, String field) {
        if (fields.has(field) && fields.has(field + "Path")) {
            fields.report(field + "Path", "a Fail state has " + field + " or " + field + "Path, not both");
        }
        return fields.text(field, false);
    }

    private static String computed(Fields fields, String field) {
        if (fields.has(field)) {
            TemplateChecks.expression(fields, field, fields.node().get(field));
        }
        return fields.text(field, false);
    }
}
