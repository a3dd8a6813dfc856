package studio.serverless.codegen;

import java.util.List;
import java.util.Optional;
import studio.serverless.codegen.sam.SamTarget;
import studio.serverless.codegen.terraform.TerraformTarget;

/** The targets the studio can generate, by id. */
public final class Targets {

    private static final List<Target> ALL = List.of(new SamTarget(), new TerraformTarget());

    private Targets() {
    }

    /** Every target, in the order they are offered. */
    public static List<Target> all() {
        return ALL;
    }

    /**
     * The targets of a comma-separated list of ids ({@code sam,terraform}), each once, in the order given; empty
     * when an id is unknown or the list names none.
     */
    public static Optional<List<Target>> byIds(String ids) {
        List<Target> chosen = new java.util.ArrayList<>();
        for (String id : ids.split(",", -1)) {
            Optional<Target> target = byId(id.strip());
            if (target.isEmpty()) {
                return Optional.empty();
            }
            if (!chosen.contains(target.get())) {
                chosen.add(target.get());
            }
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(chosen));
    }

    /** The target with this id, if there is one. */
    public static Optional<Target> byId(String id) {
        return ALL.stream().filter(target -> target.id().equals(id)).findFirst();
    }
}
