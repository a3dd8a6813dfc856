package studio.serverless.app.desktop.document.recovery;

/** Asks whether to recover one candidate; the seam that lets tests answer without a dialog. */
@FunctionalInterface
public interface RecoveryPrompt {

    /** Asks about the candidate. */
    RecoveryChoice ask(RecoveryCandidate candidate);
}
