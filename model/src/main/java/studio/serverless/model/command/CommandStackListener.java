package studio.serverless.model.command;

/** Hears that the undo/redo state of a command stack changed (to refresh the Edit menu and the dirty marker). */
@FunctionalInterface
public interface CommandStackListener {

    /** Called after every execute, undo, redo, save point and flush. */
    void commandStackChanged(CommandStack stack);
}
