package studio.serverless.runner.stepfunctions.language;

/**
 * A JSONata Map state's MaxConcurrency, ToleratedFailurePercentage and ToleratedFailureCount given as
 * {@code {% %}} expressions, evaluated when the state runs; each null when given as a number or not at all.
 */
public record ComputedMapLimits(String maxConcurrency, String toleratedFailurePercentage,
                                String toleratedFailureCount) {

    /** No computed limits. */
    public static final ComputedMapLimits NONE = new ComputedMapLimits(null, null, null);
}
