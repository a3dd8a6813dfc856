package studio.serverless.runner.stepfunctions.language;

import com.fasterxml.jackson.databind.JsonNode;
import studio.serverless.runner.stepfunctions.jsonata.JsonataExpression;

/** Reads the fields special to a Task state. */
final class TaskParser {

    private TaskParser() {
    }

    static TaskState task(String name, Fields fields, DataFlow flow, Transition transition) {
        String resource = fields.text("Resource", true);
        if (resource != null && !resource.startsWith("arn:")) {
            fields.report("Resource", "must be an ARN (arn:...), not '" + resource + "'");
        }
        TimeLimit timeout = limit(fields, "TimeoutSeconds", flow.jsonata());
        TimeLimit heartbeat = limit(fields, "HeartbeatSeconds", flow.jsonata());
        if (timeout != null && heartbeat != null && timeout.seconds() != null && heartbeat.seconds() != null
                && heartbeat.seconds() >= timeout.seconds()) {
            fields.report("HeartbeatSeconds", "must be less than TimeoutSeconds (" + timeout.seconds() + ")");
        }
        return new TaskState(name, flow, transition, ErrorHandlingParser.parse(fields, flow.language()), resource,
                timeout, heartbeat);
    }

    private static TimeLimit limit(Fields fields, String field, boolean jsonata) {
        JsonNode value = fields.node().get(field);
        if (jsonata && JsonataExpression.is(value)) {
            JsonataChecks.expression(fields, field, value);
            return new TimeLimit(null, null, value.asText());
        }
        if (fields.has(field) && fields.has(field + "Path")) {
            fields.report(field + "Path", "a Task has " + field + " or " + field + "Path, not both");
        }
        Integer seconds = fields.integer(field, 1);
        var path = fields.path(field + "Path", true);
        return seconds == null && path == null ? null : new TimeLimit(seconds, path);
    }
}
