package studio.serverless.app.desktop.run.cost;

/** How the user states a month's volume in the cost panel. */
public enum VolumeKind {
    /** So many requests a month at the entry points (the volume field). */
    ENTRY_REQUESTS("requests a month at the entry points"),
    /** The run's own pace, all month (the volume field is not used). */
    RUN_PACE("this run's pace, all month");

    private final String label;

    VolumeKind(String label) {
        this.label = label;
    }

    /** The words shown in the choice box. */
    @Override
    public String toString() {
        return label;
    }
}
