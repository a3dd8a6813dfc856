package studio.serverless.app.desktop.document.recovery;

/** The answer to "Recover unsaved work?". */
public enum RecoveryChoice {
    /** Open the recovered diagram (dirty, under its original name). */
    RECOVER,
    /** Delete the recovery file. */
    DISCARD
}
