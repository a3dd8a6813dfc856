package studio.serverless.app.desktop.document;

/** Asks the user what to do with unsaved work; the seam that lets tests answer without a dialog. */
@FunctionalInterface
public interface DiscardConfirmation {

    /** Asks about the document named {@code documentName}; closing the dialog counts as {@link DiscardChoice#CANCEL}. */
    DiscardChoice ask(String documentName);
}
