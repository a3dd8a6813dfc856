package studio.serverless.runner.stepfunctions.language;

import java.util.List;

/** The Retry and Catch fields of a Task, Parallel or Map state. */
public record ErrorHandling(List<Retrier> retriers, List<Catcher> catchers) {

    /** No Retry, no Catch. */
    public static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());
}
