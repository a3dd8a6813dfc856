package studio.serverless.runner.kinesis.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiFunction;
import studio.serverless.runner.kinesis.engine.KinesisEngine;

/** One Kinesis operation's wire handling: read its members, call the engine, describe the result. */
interface KinesisAction {

    ObjectMapper TREES = new ObjectMapper();

    /** The operation's name, as in {@code Kinesis_20131202.<name>}. */
    String name();

    /** Runs the operation; engine errors propagate as KinesisException. */
    ObjectNode run(KinesisInput input, KinesisEngine engine);

    /** An action from its name and body. */
    static KinesisAction of(String name, BiFunction<KinesisInput, KinesisEngine, ObjectNode> body) {
        return new KinesisAction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ObjectNode run(KinesisInput input, KinesisEngine engine) {
                return body.apply(input, engine);
            }
        };
    }

    /** An empty result. */
    static ObjectNode empty() {
        return TREES.createObjectNode();
    }
}
