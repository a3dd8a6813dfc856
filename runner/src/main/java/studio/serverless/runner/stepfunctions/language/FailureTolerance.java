package studio.serverless.runner.stepfunctions.language;

/**
 * How many failed items a Map state tolerates: {@code ToleratedFailurePercentage} and
 * {@code ToleratedFailureCount}, each null when unset (then no failure is tolerated).
 */
public record FailureTolerance(Double percentage, Integer count) {

    /** No failure tolerated. */
    public static final FailureTolerance NONE = new FailureTolerance(null, null);

    /** Whether {@code failed} failures among {@code total} items exceed what is tolerated. */
    public boolean exceeded(int failed, int total) {
        if (failed == 0) {
            return false;
        }
        if (percentage == null && count == null) {
            return true;
        }
        boolean overCount = count != null && failed > count;
        boolean overPercentage = percentage != null && total > 0 && failed * 100.0 / total > percentage;
        return overCount || overPercentage;
    }
}
