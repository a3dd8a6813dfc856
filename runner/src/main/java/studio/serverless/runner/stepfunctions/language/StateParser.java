package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads one state: its Type and query language decide the allowed fields and the record it becomes. */
final class StateParser {

    private StateParser() {
    }

    /** The state of {@code fields}, or null when its Type is missing or unknown (reported). */
    static State parse(String name, Fields fields, QueryLanguage machineLanguage) {
        QueryLanguage language = QueryLanguage.of(fields, machineLanguage);
        String type = fields.text("Type", true);
        if (type == null) {
            return null;
        }
        Set<String> allowed = StateFields.of(type, language);
        if (allowed == null) {
            fields.report("Type", "'" + type + "' is not a state type (one of "
                    + String.join(", ", new TreeSet<>(StateFields.BY_TYPE.keySet())) + ")");
            return null;
        }
        checkFields(fields, allowed, type, language);
        DataFlow flow = language == QueryLanguage.JSONATA ? jsonataFlow(fields, templateField(type, "Arguments"))
                : flow(fields, templateField(type, fields.has("ItemSelector") ? "ItemSelector" : "Parameters"));
        return switch (type) {
            case "Pass" -> new PassState(name, flow, transition(fields), fields.node().get("Result"));
            case "Task" -> TaskParser.task(name, fields, flow, transition(fields));
            case "Choice" -> new ChoiceState(name, flow, ChoiceRuleParser.choices(fields, language),
                    fields.text("Default", false));
            case "Wait" -> WaitParser.wait(name, fields, flow, transition(fields));
            case "Succeed" -> new SucceedState(name, flow);
            case "Fail" -> FailParser.fail(name, fields, flow);
            case "Parallel" -> ParallelParser.parallel(name, fields, flow, transition(fields), machineLanguage);
            default -> MapParser.map(name, fields, flow, transition(fields), machineLanguage);
        };
    }

    /** Where a state's payload template is: {@code field} for Task, Pass (JSONPath only), Parallel; Map's own. */
    private static String templateField(String type, String field) {
        return switch (type) {
            case "Task", "Parallel" -> field;
            case "Pass" -> "Arguments".equals(field) ? null : field;
            case "Map" -> "Arguments".equals(field) ? "ItemSelector" : field;
            default -> null;
        };
    }

    private static void checkFields(Fields fields, Set<String> allowed, String type, QueryLanguage language) {
        for (String field : StateFields.NOT_YET_SUPPORTED) {
            if (fields.has(field)) {
                fields.report(field, "is not supported by the local Step Functions engine yet");
            }
        }
        boolean jsonata = language == QueryLanguage.JSONATA;
        Map<String, String> foreign = jsonata ? StateFields.JSONPATH_ONLY : StateFields.JSONATA_ONLY;
        Set<String> known = new TreeSet<>(allowed);
        known.addAll(StateFields.NOT_YET_SUPPORTED);
        foreign.forEach((field, instead) -> {
            known.add(field);
            if (fields.has(field)) {
                fields.report(field, jsonata
                        ? "is a JSONPath field, but this state uses JSONata; use " + instead + " instead"
                        : "is a JSONata field, but this state uses JSONPath; set \"QueryLanguage\": \"JSONata\" on"
                        + " the state or use " + instead);
            }
        });
        fields.onlyAllowed(known, allowed, "a " + (jsonata ? "JSONata " : "") + type + " state");
    }

    private static DataFlow flow(Fields fields, String templateField) {
        JsonNode parameters = TemplateChecks.template(fields, templateField);
        JsonNode resultSelector = TemplateChecks.template(fields, "ResultSelector");
        return new DataFlow(fields.dataPath("InputPath", false), parameters, resultSelector,
                fields.dataPath("ResultPath", true), fields.dataPath("OutputPath", false), QueryLanguage.JSONPATH,
                null, AssignChecks.assign(fields, QueryLanguage.JSONPATH));
    }

    private static DataFlow jsonataFlow(Fields fields, String argumentsField) {
        return DataFlow.jsonata(JsonataChecks.template(fields, argumentsField),
                JsonataChecks.template(fields, "Output"), AssignChecks.assign(fields, QueryLanguage.JSONATA));
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
