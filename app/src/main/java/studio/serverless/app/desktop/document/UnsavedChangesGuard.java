package studio.serverless.app.desktop.document;

/**
 * Decides whether the current document may be closed or replaced (New, Open, Open Recent, New from Example,
 * a drop, Quit): at once when it is clean; otherwise after asking, and after a save when the user chose Save.
 */
public final class UnsavedChangesGuard {

    /** Saves the document as File > Save would (Save As for an untitled one); false when cancelled or failed. */
    @FunctionalInterface
    public interface SaveAction {
        /** Saves, reporting any failure to the user itself; true when the document was written. */
        boolean save(DiagramDocument document);
    }

    private final DiscardConfirmation confirmation;
    private final SaveAction saveAction;

    /** A guard asking through {@code confirmation} and saving through {@code saveAction}. */
    public UnsavedChangesGuard(DiscardConfirmation confirmation, SaveAction saveAction) {
        this.confirmation = confirmation;
        this.saveAction = saveAction;
    }

    /** True when the document's work is saved or may be thrown away; false when it must stay open. */
    public boolean mayDiscard(DiagramDocument document) {
        if (!document.discardNeedsConfirmation()) {
            return true;
        }
        return switch (confirmation.ask(document.displayName())) {
            case SAVE -> saveAction.save(document);
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }
}
