package studio.serverless.model.statemachine;

/**
 * What a definition substitution variable holds for its target: SAM's {@code Ref} or {@code GetAtt Arn} and
 * Terraform's attribute give the same value, and the local cloud gives its own.
 */
public enum SubstitutionValue {
    /** The target's ARN (functions, topics). */
    ARN("Arn"),
    /** The target's name (tables). */
    NAME("Name"),
    /** The target's URL (queues). */
    URL("Url");

    private final String suffix;

    SubstitutionValue(String suffix) {
        this.suffix = suffix;
    }

    /** The word ending the variable's name, e.g. {@code Name} in {@code OrdersTableName}. */
    public String suffix() {
        return suffix;
    }
}
