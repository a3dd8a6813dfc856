package studio.serverless.canvas.inspector;

import java.util.Objects;

/** What became of a typed value: accepted as a property value, or refused with a message for the person. */
public sealed interface InputResult {

    /** The value was accepted. @param value the property value to store; {@code null} unsets it */
    record Accepted(Object value) implements InputResult {
    }

    /** The value was refused. @param message what is wrong and what is allowed, in one sentence */
    record Refused(String message) implements InputResult {
        /** Refuses a missing message. */
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }
}
