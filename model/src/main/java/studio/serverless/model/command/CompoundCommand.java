package studio.serverless.model.command;

import java.util.ArrayList;
import java.util.List;

import studio.serverless.model.diagram.Diagram;

/**
 * Several commands that make one user gesture, undone and redone as one step (a paste of five services with
 * their connections, a layout). If one part fails, the parts already applied are undone and nothing changes.
 */
public final class CompoundCommand implements Command {

    private final String name;
    private final List<Command> parts;

    /** A command made of these parts, run in order and undone in reverse order, named as the gesture. */
    public CompoundCommand(String name, List<? extends Command> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
    }

    /** The parts, in execution order. */
    public List<Command> parts() {
        return parts;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Diagram diagram) {
        run(diagram, false);
    }

    @Override
    public void redo(Diagram diagram) {
        run(diagram, true);
    }

    @Override
    public void undo(Diagram diagram) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(diagram);
        }
    }

    private void run(Diagram diagram, boolean redo) {
        List<Command> applied = new ArrayList<>();
        try {
            for (Command part : parts) {
                if (redo) {
                    part.redo(diagram);
                } else {
                    part.execute(diagram);
                }
                applied.add(part);
            }
        } catch (RuntimeException failure) {
            for (int i = applied.size() - 1; i >= 0; i--) {
                applied.get(i).undo(diagram);
            }
            throw failure;
        }
    }
}
