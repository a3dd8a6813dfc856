package studio.serverless.runner.stepfunctions.language;

import java.util.List;
import java.util.stream.Collectors;

/** A definition that is not a valid state machine, with every problem found. */
public final class InvalidDefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    /** A refusal listing {@code problems} (at least one). */
    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super("The state machine definition is invalid: " + problems.stream().map(DefinitionProblem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<DefinitionProblem> problems() {
        return problems;
    }
}
