package studio.serverless.model.validation;

/** How serious a diagnostic is. */
public enum Severity {
    /** The architecture would not deploy, or would not work: fix it. */
    ERROR("error"),
    /** It would deploy, but AWS's guidance says it will bite you (lost messages, retries, cost). */
    WARNING("warning"),
    /** Worth knowing; nothing is wrong. */
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word used in command-line output, e.g. {@code error}. */
    public String label() {
        return label;
    }
}
