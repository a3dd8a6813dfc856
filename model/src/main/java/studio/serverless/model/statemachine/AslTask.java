package studio.serverless.model.statemachine;

import java.util.Objects;

/**
 * One Task state of a generated state machine.
 *
 * @param stateName    the state's name, unique in the machine
 * @param action       what the task does
 * @param variable     the name of the definition substitution holding the target's ARN, name or URL
 * @param keyAttribute the table's partition key attribute (table actions only, else empty)
 * @param keyType      the partition key's type, S, N or B (table actions only, else empty)
 * @param fifo         whether the target queue or topic is FIFO and so needs a message group
 */
public record AslTask(String stateName, AslAction action, String variable, String keyAttribute, String keyType,
                      boolean fifo) {

    /** Refuses missing parts. */
    public AslTask {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(keyAttribute, "keyAttribute");
        Objects.requireNonNull(keyType, "keyType");
    }
}
