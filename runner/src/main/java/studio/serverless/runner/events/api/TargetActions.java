package studio.serverless.runner.events.api;

import static studio.serverless.runner.events.api.RuleActions.putIfSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.events.engine.EventsException;
import studio.serverless.runner.events.engine.Target;

/** PutTargets, ListTargetsByRule and RemoveTargets. */
final class TargetActions {

    private TargetActions() {
    }

    static List<EventsAction> all() {
        return List.of(EventsAction.of("PutTargets", (input, engine) -> {
                    List<Target> targets = new ArrayList<>();
                    for (EventsInput target : input.structures("Targets")) {
                        targets.add(target(target));
                    }
                    if (targets.isEmpty()) {
                        throw EventsException.validation("1 validation error detected: Value '[]' at 'targets' failed "
                                + "to satisfy constraint: Member must have length greater than or equal to 1");
                    }
                    engine.putTargets(input.string("EventBusName"), input.required("Rule"), targets);
                    return noFailures();
                }),
                EventsAction.of("ListTargetsByRule", (input, engine) -> {
                    ObjectNode result = EventsAction.empty();
                    ArrayNode listed = result.putArray("Targets");
                    engine.rule(input.string("EventBusName"), input.required("Rule")).targets()
                            .forEach(target -> listed.add(describe(target)));
                    return result;
                }),
                EventsAction.of("RemoveTargets", (input, engine) -> {
                    engine.removeTargets(input.string("EventBusName"), input.required("Rule"), input.strings("Ids"));
                    return noFailures();
                }));
    }

    private static Target target(EventsInput input) {
        EventsInput transformer = input.structure("InputTransformer");
        EventsInput sqs = input.structure("SqsParameters");
        return new Target(input.required("Id"), input.required("Arn"), input.string("Input"),
                input.string("InputPath"), transformer == null ? null : orEmpty(transformer),
                transformer == null ? null : transformer.required("InputTemplate"),
                sqs == null ? null : sqs.string("MessageGroupId"));
    }

    private static java.util.Map<String, String> orEmpty(EventsInput transformer) {
        java.util.Map<String, String> paths = transformer.stringMap("InputPathsMap");
        return paths == null ? java.util.Map.of() : paths;
    }

    private static ObjectNode describe(Target target) {
        ObjectNode node = EventsAction.empty().put("Id", target.id()).put("Arn", target.arn());
        putIfSet(node, "Input", target.input());
        putIfSet(node, "InputPath", target.inputPath());
        if (target.transforms()) {
            ObjectNode transformer = node.putObject("InputTransformer");
            ObjectNode paths = transformer.putObject("InputPathsMap");
            target.inputPathsMap().forEach(paths::put);
            transformer.put("InputTemplate", target.inputTemplate());
        }
        if (target.sqsMessageGroupId() != null) {
            node.putObject("SqsParameters").put("MessageGroupId", target.sqsMessageGroupId());
        }
        return node;
    }

    private static ObjectNode noFailures() {
        ObjectNode result = EventsAction.empty().put("FailedEntryCount", 0);
        result.putArray("FailedEntries");
        return result;
    }
}
