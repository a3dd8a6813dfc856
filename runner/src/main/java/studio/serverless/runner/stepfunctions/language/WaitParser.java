package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;

/** Reads the fields special to a Wait state: exactly one of Seconds, Timestamp, SecondsPath, TimestampPath. */
final class WaitParser {

    private static final List<String> WAYS = List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath");

    private WaitParser() {
    }

    static WaitState wait(String name, Fields fields, DataFlow flow, Transition transition) {
        List<String> given = WAYS.stream().filter(fields::has).toList();
        if (given.size() != 1) {
            fields.report("", "a Wait state needs exactly one of Seconds, Timestamp, SecondsPath and TimestampPath,"
                    + " but has " + (given.isEmpty() ? "none" : given));
        }
        String timestamp = fields.text("Timestamp", false);
        boolean computedTimestamp = flow.jsonata() && timestamp != null && JsonataExpression.is(timestamp);
        if (computedTimestamp) {
            JsonataChecks.expression(fields, "Timestamp", fields.node().get("Timestamp"));
        } else if (timestamp != null && !ChoiceRuleParser.isTimestamp(timestamp)) {
            fields.report("Timestamp", "'" + timestamp + "' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
        }
        JsonNode seconds = fields.node().get("Seconds");
        if (flow.jsonata() && JsonataExpression.is(seconds)) {
            JsonataChecks.expression(fields, "Seconds", seconds);
            return new WaitState(name, flow, transition, null, null, null, null, seconds.asText());
        }
        return new WaitState(name, flow, transition, fields.integer("Seconds", 0), timestamp,
                fields.path("SecondsPath", true), fields.path("TimestampPath", true));
    }
}
