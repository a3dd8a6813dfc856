package studio.serverless.app.desktop;

import java.util.function.Supplier;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.desktop.document.DiscardChoice;
import studio.serverless.app.desktop.document.DiscardConfirmation;

/**
 * Asks before unsaved work is discarded (New, Open, New from Example, Quit, closing the window): Save, Don't Save
 * or Cancel. Save runs the window's save (which may ask for a file); the work may go only once it is clean.
 */
final class UnsavedWork {

    private final DesignerViewModel model;
    private final Supplier<DiscardConfirmation> confirmation;
    private final Runnable save;

    UnsavedWork(DesignerViewModel model, Supplier<DiscardConfirmation> confirmation, Runnable save) {
        this.model = model;
        this.confirmation = confirmation;
        this.save = save;
    }

    /** Whether the open diagram may be replaced or closed now, after asking the user if it has unsaved work. */
    boolean mayDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        DiscardChoice choice = confirmation.get().ask(model.session().displayName());
        if (choice == DiscardChoice.SAVE) {
            save.run();
            return !model.dirtyProperty().get();
        }
        return choice == DiscardChoice.DONT_SAVE;
    }
}
