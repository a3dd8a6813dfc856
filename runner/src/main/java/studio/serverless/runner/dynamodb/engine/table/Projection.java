package studio.serverless.runner.dynamodb.engine.table;

import java.util.List;

/**
 * Which attributes a secondary index holds.
 *
 * @param projectionType    ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes  the extra attributes of INCLUDE (empty otherwise)
 */
public record Projection(ProjectionType projectionType, List<String> nonKeyAttributes) {
    /** Copies the list. */
    public Projection {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }

    /** @return the ALL projection */
    public static Projection all() {
        return new Projection(ProjectionType.ALL, List.of());
    }

    /** Kinds of projection. */
    public enum ProjectionType {
        /** Every attribute. */ ALL,
        /** Only table and index keys. */ KEYS_ONLY,
        /** Keys plus the listed attributes. */ INCLUDE
    }
}
