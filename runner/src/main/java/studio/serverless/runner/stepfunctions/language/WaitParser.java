package studio.serverless.runner.stepfunctions.language;

import java.util.List;

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
        if (timestamp != null && !ChoiceRuleParser.isTimestamp(timestamp)) {
            fields.report("Timestamp", "'" + timestamp + "' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
        }
        return new WaitState(name, flow, transition, fields.integer("Seconds", 0), timestamp,
                fields.path("SecondsPath", true), fields.path("TimestampPath", true));
    }
}
