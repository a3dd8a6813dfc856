package studio.serverless.runner.events.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiFunction;
import studio.serverless.runner.events.engine.EventsEngine;

/** One EventBridge operation's wire handling: read its members, call the engine, describe the result. */
interface EventsAction {

    ObjectMapper JSON = new ObjectMapper();

    /** The operation's name, as in {@code AWSEvents.<name>}. */
    String name();

    /** Runs the operation; engine errors propagate as EventsException. */
    ObjectNode run(EventsInput input, EventsEngine engine);

    /** An action from its name and body. */
    static EventsAction of(String name, BiFunction<EventsInput, EventsEngine, ObjectNode> body) {
        return new EventsAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ObjectNode run(EventsInput input, EventsEngine engine) {
                return body.apply(input, engine);
            }
        };
    }

    /** An empty result. */
    static ObjectNode empty() {
        return JSON.createObjectNode();
    }
}
