package studio.serverless.app.desktop.document.recovery;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

import studio.serverless.app.desktop.document.DiagramDocument;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;

/**
 * The start-up offer to recover work a crash left behind, newest first, one document at a time (the window
 * shows one diagram): each candidate is asked about until one is recovered; the others stay for the next start.
 * A recovery file that cannot be read is reported and kept aside in the corrupt folder, never deleted.
 */
public final class RecoveryOffer {

    private final RecoveryStore store;
    private final RecoveryPrompt prompt;
    private final Consumer<String> reportProblem;

    /** An offer over {@code store}'s orphans, asking through {@code prompt}, reporting to {@code reportProblem}. */
    public RecoveryOffer(RecoveryStore store, RecoveryPrompt prompt, Consumer<String> reportProblem) {
        this.store = store;
        this.prompt = prompt;
        this.reportProblem = reportProblem;
    }

    /** Asks about the candidates in turn; the first one recovered, as a dirty document, or empty. */
    public Optional<DiagramDocument> offer() {
        try {
            for (RecoveryCandidate candidate : store.orphans()) {
                Optional<DiagramDocument> recovered = handle(candidate);
                if (recovered.isPresent()) {
                    return recovered;
                }
            }
        } catch (IOException e) {
            reportProblem.accept("Could not look for recovery files: " + e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<DiagramDocument> handle(RecoveryCandidate candidate) throws IOException {
        if (prompt.ask(candidate) == RecoveryChoice.DISCARD) {
            store.discard(candidate);
            return Optional.empty();
        }
        try {
            Diagram diagram = store.recover(candidate);
            return Optional.of(DiagramDocument.recovered(diagram, candidate.originalFile(), candidate.key()));
        } catch (DiagramFormatException e) {
            String keptAt = String.valueOf(store.setAside(candidate));
            reportProblem.accept("The recovery file could not be read and was kept at " + keptAt + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
