package studio.serverless.app.desktop.run.browse.executions;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The steps of one state written out for reading: input, output (indented JSON), error and cause. */
final class StepDetails {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StepDetails() {
    }

    static String describe(List<ExecutionStep> steps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            ExecutionStep step = steps.get(i);
            text.append(step.stateName()).append(steps.size() > 1 ? " (time " + (i + 1) + ")" : "").append(": ")
                    .append(step.status()).append(", entered ").append(step.entered()).append('\n');
            if (step.error() != null) {
                text.append("Error: ").append(step.error()).append('\n');
                text.append("Cause: ").append(step.cause() == null ? "" : step.cause()).append('\n');
            }
            text.append("Input:\n").append(indented(step.input())).append('\n');
            text.append("Output:\n").append(step.output() == null ? "(none)" : indented(step.output())).append("\n\n");
        }
        return text.toString().strip();
    }

    private static String indented(String json) {
        if (json == null) {
            return "(none)";
        }
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
