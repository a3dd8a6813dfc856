package studio.serverless.codegen;

import java.util.List;
import java.util.Optional;
import studio.serverless.codegen.sam.SamTarget;

/** The targets the studio can generate, by id. */
public final class Targets {

    private static final List<Target> ALL = List.of(new SamTarget());

    private Targets() {
    }

    /** Every target, in the order they are offered. */
    public static List<Target> all() {
        return ALL;
    }

    /** The target with this id, if there is one. */
    public static Optional<Target> byId(String id) {
        return ALL.stream().filter(target -> target.id().equals(id)).findFirst();
    }
}
