package studio.serverless.app.desktop.document.recovery;

import java.time.ZoneId;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import studio.serverless.app.desktop.document.DocumentTitle;

/**
 * The start-up question after a crash ({@code #recoveryDialog}): Recover ({@code #recoverButton}, the default)
 * or Discard ({@code #discardRecoveryButton}). Closing the dialog recovers, since that loses nothing.
 */
public final class RecoveryDialog implements RecoveryPrompt {

    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private final Window owner;

    /** A dialog centred on {@code owner} (may be null). */
    public RecoveryDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public RecoveryChoice ask(RecoveryCandidate candidate) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD);
        alert.initOwner(owner);
        alert.setTitle(DocumentTitle.APP_NAME);
        alert.setHeaderText(DocumentTitle.APP_NAME + " did not close properly. Recover your unsaved work?");
        alert.setContentText(candidate.describe(ZoneId.systemDefault())
                + "\n\nDiscard deletes this copy for good.");
        alert.getDialogPane().setId("recoveryDialog");
        ((Button) alert.getDialogPane().lookupButton(RECOVER)).setId("recoverButton");
        ((Button) alert.getDialogPane().lookupButton(DISCARD)).setId("discardRecoveryButton");
        return alert.showAndWait().filter(DISCARD::equals).isPresent() ? RecoveryChoice.DISCARD : RecoveryChoice.RECOVER;
    }
}
