package studio.serverless.runner.events.engine;

import java.util.Map;

/**
 * A rule's target: where matched events go and what they are turned into first.
 *
 * @param id                 the target's id within its rule
 * @param arn                the queue, topic, function or state machine ARN
 * @param input              constant JSON sent instead of the event, or null
 * @param inputPath          a JSONPath choosing the part of the event to send, or null
 * @param inputPathsMap      an InputTransformer's variables (name to JSONPath), or null without a transformer
 * @param inputTemplate      an InputTransformer's template, or null without a transformer
 * @param sqsMessageGroupId  the message group id for a FIFO queue target, or null
 */
public record Target(String id, String arn, String input, String inputPath, Map<String, String> inputPathsMap,
        String inputTemplate, String sqsMessageGroupId) {

    /** Copies the paths map. */
    public Target {
        inputPathsMap = inputPathsMap == null ? null : Map.copyOf(inputPathsMap);
    }

    /** Whether the target has an InputTransformer. */
    public boolean transforms() {
        return inputTemplate != null;
    }
}
