package studio.serverless.model.diagram;

import java.util.Objects;

/**
 * The id of a connection in a diagram.
 *
 * @param value the id as stored in files, e.g. {@code c3}
 */
public record ConnectionId(String value) implements ElementId {

    /** Refuses a missing or blank id. */
    public ConnectionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a connection id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
