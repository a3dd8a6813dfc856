package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** Reads one state: its Type decides the allowed fields and the record it becomes. */
final class StateParser {

    private StateParser() {
    }

    /** The state of {@code fields}, or null when its Type is missing or unknown (reported). */
    static State parse(String name, Fields fields) {
        String type = fields.text("Type", true);
        if (type == null) {
            return null;
        }
        Set<String> allowed = StateFields.BY_TYPE.get(type);
        if (allowed == null) {
            fields.report("Type", "'" + type + "' is not a state type (one of "
                    + String.join(", ", new TreeSet<>(StateFields.BY_TYPE.keySet())) + ")");
            return null;
        }
        checkFields(fields, allowed, type);
        return switch (type) {
            case "Pass" -> new PassState(name, flow(fields, "Parameters"), transition(fields), fields.node().get("Result"));
            case "Task" -> TaskParser.task(name, fields, flow(fields, "Parameters"), transition(fields));
            case "Choice" -> new ChoiceState(name, flow(fields, null), ChoiceRuleParser.choices(fields),
                    fields.text("Default", false));
            case "Wait" -> WaitParser.wait(name, fields, flow(fields, null), transition(fields));
            case "Succeed" -> new SucceedState(name, flow(fields, null));
            case "Fail" -> FailParser.fail(name, fields);
            case "Parallel" -> ParallelParser.parallel(name, fields, flow(fields, "Parameters"), transition(fields));
            default -> MapParser.map(name, fields, flow(fields, fields.has("ItemSelector") ? "ItemSelector"
                    : "Parameters"), transition(fields));
        };
    }

    private static void checkFields(Fields fields, Set<String> allowed, String type) {
        for (String field : StateFields.NOT_YET_SUPPORTED) {
            if (fields.has(field)) {
                fields.report(field, "is not supported by the local Step Functions engine yet");
            }
        }
        Set<String> known = new TreeSet<>(allowed);
        known.addAll(StateFields.NOT_YET_SUPPORTED);
        fields.onlyAllowed(known, "a " + type + " state");
        String language = fields.text("QueryLanguage", false);
        if (language != null && !QueryLanguage.JSONPATH.written().equals(language)) {
            fields.report("QueryLanguage", QueryLanguage.JSONATA.written().equals(language)
                    ? "JSONata is not supported by the local Step Functions engine yet"
                    : "must be JSONPath or JSONata, not '" + language + "'");
        }
    }

    private static DataFlow flow(Fields fields, String templateField) {
        JsonNode parameters = templateField == null ? null : TemplateChecks.template(fields, templateField);
        JsonNode resultSelector = TemplateChecks.template(fields, "ResultSelector");
        return new DataFlow(fields.dataPath("InputPath", false), parameters, resultSelector,
                fields.dataPath("ResultPath", true), fields.dataPath("OutputPath", false));
    }

    /** Next or End: exactly one of them. */
    static Transition transition(Fields fields) {
        String next = fields.text("Next", false);
        boolean end = fields.bool("End");
        if (next != null && end) {
            fields.report("End", "a state has Next or End: true, not both");
        } else if (next == null && !end && !fields.has("Next")) {
            fields.report("Next", "is required unless the state has \"End\": true");
        }
        return next == null ? Transition.END : new Transition(next);
    }
}
