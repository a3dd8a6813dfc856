package studio.serverless.model.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import studio.serverless.model.diagram.Diagram;

/**
 * The undo history of one diagram: executes commands, undoes and redoes them, keeps at most {@link #undoLimit()}
 * steps, and remembers the save point so the designer knows whether there is unsaved work. A command that tries
 * to execute another command through the stack while it runs is refused: one gesture, one step.
 */
public final class CommandStack {

    /** The number of steps kept when no other limit is set. */
    public static final int DEFAULT_UNDO_LIMIT = 200;

    private final Diagram diagram;
    private final Deque<Command> undoable = new ArrayDeque<>();
    private final Deque<Command> redoable = new ArrayDeque<>();
    private final List<CommandStackListener> listeners = new CopyOnWriteArrayList<>();
    private int undoLimit = DEFAULT_UNDO_LIMIT;
    /** Steps between the current state and the save point: positive after edits, negative after undos. */
    private int stepsFromSavePoint;
    /** Set when the save point fell off the history or out of the redo branch: then always dirty. */
    private boolean savePointLost;
    private boolean running;

    /** An empty history for this diagram, clean (at its save point). */
    public CommandStack(Diagram diagram) {
        this.diagram = diagram;
    }

    /** The diagram this stack edits. */
    public Diagram diagram() {
        return diagram;
    }

    /** Runs a command and makes it the step to undo next; forgets the redo steps. Nothing changes if it fails. */
    public void execute(Command command) {
        runGuarded(() -> command.execute(diagram));
        if (stepsFromSavePoint < 0) {
            savePointLost = true;
        }
        redoable.clear();
        undoable.push(command);
        stepsFromSavePoint++;
        trimToLimit();
        fireChanged();
    }

    /** Undoes the last step, if there is one. */
    public void undo() {
        if (!canUndo()) {
            return;
        }
        Command command = undoable.peek();
        runGuarded(() -> command.undo(diagram));
        redoable.push(undoable.pop());
        stepsFromSavePoint--;
        fireChanged();
    }

    /** Redoes the last undone step, if there is one. */
    public void redo() {
        if (!canRedo()) {
            return;
        }
        Command command = redoable.peek();
        runGuarded(() -> command.redo(diagram));
        undoable.push(redoable.pop());
        stepsFromSavePoint++;
        fireChanged();
    }

    /** Whether there is a step to undo. */
    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    /** Whether there is a step to redo. */
    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /** The name of the step Undo would undo, e.g. "Move 3 services". */
    public Optional<String> undoName() {
        return Optional.ofNullable(undoable.peek()).map(Command::name);
    }

    /** The name of the step Redo would redo. */
    public Optional<String> redoName() {
        return Optional.ofNullable(redoable.peek()).map(Command::name);
    }

    /** The most steps kept for undo. */
    public int undoLimit() {
        return undoLimit;
    }

    /** Keeps at most {@code limit} steps (at least 1); older steps are forgotten. */
    public void setUndoLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1, not " + limit);
        }
        undoLimit = limit;
        trimToLimit();
        fireChanged();
    }

    /** Marks the current state as saved: the diagram is clean until the next edit, undo or redo. */
    public void markSaved() {
        stepsFromSavePoint = 0;
        savePointLost = false;
        fireChanged();
    }

    /** Whether the diagram differs from its last save point (or, never saved, from its start). */
    public boolean isDirty() {
        return savePointLost || stepsFromSavePoint != 0;
    }

    /** Forgets the whole history (after loading another file); the current state becomes the save point. */
    public void flush() {
        undoable.clear();
        redoable.clear();
        stepsFromSavePoint = 0;
        savePointLost = false;
        fireChanged();
    }

    /** Starts telling a listener of every change of the history. */
    public void addListener(CommandStackListener listener) {
        listeners.add(listener);
    }

    /** Stops telling a listener. */
    public void removeListener(CommandStackListener listener) {
        listeners.remove(listener);
    }

    private void runGuarded(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not run other commands through the stack;"
                    + " combine them in a CompoundCommand");
        }
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }

    private void trimToLimit() {
        while (undoable.size() > undoLimit) {
            undoable.removeLast();
            if (stepsFromSavePoint > undoable.size()) {
                savePointLost = true;
            }
        }
    }

    private void fireChanged() {
        for (CommandStackListener listener : listeners) {
            listener.commandStackChanged(this);
        }
    }
}
