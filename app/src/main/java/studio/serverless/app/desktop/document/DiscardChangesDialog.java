package studio.serverless.app.desktop.document;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The modal "Save changes to X before closing?" dialog ({@code #discardChangesDialog}) with Save
 * ({@code #saveChangesButton}, the default), Don't Save ({@code #dontSaveButton}) and Cancel
 * ({@code #cancelCloseButton}; also Escape and the window's close box).
 */
public final class DiscardChangesDialog implements DiscardConfirmation {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Window owner;

    /** A dialog centred on {@code owner} (may be null in tests). */
    public DiscardChangesDialog(Window owner) {
        this.owner = owner;
    }

    /** Shows the dialog, waits for the answer on the JavaFX thread and returns it. */
    @Override
    public DiscardChoice ask(String documentName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, CANCEL);
        alert.initOwner(owner);
        alert.setTitle(DocumentTitle.APP_NAME);
        alert.setHeaderText("Save changes to " + documentName + " before closing?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.getDialogPane().setId("discardChangesDialog");
        ((Button) alert.getDialogPane().lookupButton(SAVE)).setId("saveChangesButton");
        ((Button) alert.getDialogPane().lookupButton(DONT_SAVE)).setId("dontSaveButton");
        ((Button) alert.getDialogPane().lookupButton(CANCEL)).setId("cancelCloseButton");
        return alert.showAndWait().map(DiscardChangesDialog::choiceOf).orElse(DiscardChoice.CANCEL);
    }

    private static DiscardChoice choiceOf(ButtonType button) {
        if (button == SAVE) {
            return DiscardChoice.SAVE;
        }
        return button == DONT_SAVE ? DiscardChoice.DONT_SAVE : DiscardChoice.CANCEL;
    }
}
