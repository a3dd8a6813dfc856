package studio.serverless.model.diagram;

import java.util.Objects;

/**
 * The id of a service in a diagram, stable across renames and saves.
 *
 * @param value the id as stored in files, e.g. {@code lambda-1}
 */
public record ServiceId(String value) implements ElementId {

    /** Refuses a missing or blank id. */
    public ServiceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a service id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
