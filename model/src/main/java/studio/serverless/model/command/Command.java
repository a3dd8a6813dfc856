package studio.serverless.model.command;

import studio.serverless.model.diagram.Diagram;

/**
 * One undoable edit of a diagram. A command captures the state it changes when it executes, not when it is made,
 * so the same command object can be executed, undone and redone in turn. Run commands through a
 * {@link CommandStack} so that they can be undone.
 */
public interface Command {

    /** The edit's name as the Edit menu shows it after "Undo", e.g. "Move 3 services". */
    String name();

    /** Applies the edit; throws {@link IllegalArgumentException} and changes nothing when it cannot apply. */
    void execute(Diagram diagram);

    /** Reverts exactly what {@link #execute} did. */
    void undo(Diagram diagram);

    /** Applies the edit again after an undo. */
    default void redo(Diagram diagram) {
        execute(diagram);
    }
}
