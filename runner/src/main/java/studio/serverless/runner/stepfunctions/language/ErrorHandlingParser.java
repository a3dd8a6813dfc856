package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import studio.serverless.runner.stepfunctions.error.ErrorNames;
import studio.serverless.runner.stepfunctions.path.JsonPath;

/** Reads and checks the Retry and Catch fields of a state. */
final class ErrorHandlingParser {

    private static final Set<String> RETRIER_FIELDS = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
            "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
    private static final Set<String> CATCHER_FIELDS = Set.of("ErrorEquals", "Next", "ResultPath", "Assign",
            "Comment");
    private static final Set<String> JSONATA_CATCHER_FIELDS = Set.of("ErrorEquals", "Next", "Output", "Assign",
            "Comment");

    private ErrorHandlingParser() {
    }

    static ErrorHandling parse(Fields state, QueryLanguage language) {
        List<Retrier> retriers = new ArrayList<>();
        ArrayNode retry = state.array("Retry", false);
        for (int i = 0; retry != null && i < retry.size(); i++) {
            Fields entry = entry(state, "Retry", i, retry.get(i));
            if (entry != null) {
                entry.onlyAllowed(RETRIER_FIELDS, "a retrier");
                retriers.add(retrier(entry, i == retry.size() - 1));
            }
        }
        List<Catcher> catchers = new ArrayList<>();
        ArrayNode catches = state.array("Catch", false);
        for (int i = 0; catches != null && i < catches.size(); i++) {
            Fields entry = entry(state, "Catch", i, catches.get(i));
            if (entry != null) {
                catchers.add(catcher(entry, i == catches.size() - 1, language));
            }
        }
        return new ErrorHandling(List.copyOf(retriers), List.copyOf(catchers));
    }

    private static Catcher catcher(Fields entry, boolean last, QueryLanguage language) {
        boolean jsonata = language == QueryLanguage.JSONATA;
        entry.onlyAllowed(jsonata ? JSONATA_CATCHER_FIELDS : CATCHER_FIELDS,
                jsonata ? "a catcher of a JSONata state" : "a catcher of a JSONPath state");
        List<String> errors = errorEquals(entry, last);
        String next = entry.text("Next", true);
        JsonNode assign = AssignChecks.assign(entry, language);
        if (jsonata) {
            return new Catcher(errors, next, Optional.of(JsonPath.ROOT), JsonataChecks.template(entry, "Output"),
                    assign);
        }
        return new Catcher(errors, next, entry.dataPath("ResultPath", true), null, assign);
    }

    private static Fields entry(Fields state, String field, int index, JsonNode node) {
        if (!node.isObject()) {
            state.report(field + "[" + index + "]", "must be a JSON object, not " + node);
            return null;
        }
        return new Fields((ObjectNode) node, state.location() + "." + field + "[" + index + "]",
                state.owner() + ", " + field + "[" + index + "]", state.problems());
    }

    private static Retrier retrier(Fields entry, boolean last) {
        List<String> errors = errorEquals(entry, last);
        Integer interval = entry.integer("IntervalSeconds", 1);
        Integer attempts = entry.integer("MaxAttempts", 0);
        Double backoff = entry.number("BackoffRate", 1.0);
        Integer maxDelay = entry.integer("MaxDelaySeconds", 1);
        String jitter = entry.text("JitterStrategy", false);
        if (jitter != null && !Set.of("FULL", "NONE").contains(jitter)) {
            entry.report("JitterStrategy", "must be FULL or NONE, not '" + jitter + "'");
        }
        return new Retrier(errors, interval == null ? Retrier.DEFAULT_INTERVAL_SECONDS : interval,
                attempts == null ? Retrier.DEFAULT_MAX_ATTEMPTS : attempts,
                backoff == null ? Retrier.DEFAULT_BACKOFF_RATE : backoff, maxDelay, "FULL".equals(jitter));
    }

    private static List<String> errorEquals(Fields entry, boolean last) {
        ArrayNode array = entry.array("ErrorEquals", true);
        List<String> errors = new ArrayList<>();
        if (array != null && array.isEmpty()) {
            entry.report("ErrorEquals", "must name at least one error");
        }
        for (int i = 0; array != null && i < array.size(); i++) {
            if (array.get(i).isTextual()) {
                errors.add(array.get(i).asText());
            } else {
                entry.report("ErrorEquals", "must hold error names as strings, not " + array.get(i));
            }
        }
        if (errors.contains(ErrorNames.ALL) && (errors.size() > 1 || !last)) {
            entry.report("ErrorEquals", "States.ALL must appear alone, and only in the last entry");
        }
        return List.copyOf(errors);
    }
}
