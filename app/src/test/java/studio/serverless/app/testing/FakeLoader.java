package studio.serverless.app.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFormatException;

/** A loader answering by file name: a known diagram, or a format error with a given message. */
public final class FakeLoader implements DiagramLoader {

    private final Map<String, Diagram> diagrams = new HashMap<>();
    private final Map<String, String> failures = new HashMap<>();

    /** Loading a file of this name yields the diagram. */
    public FakeLoader diagram(String fileName, Diagram diagram) {
        diagrams.put(fileName, diagram);
        return this;
    }

    /** Loading a file of this name fails with the message. */
    public FakeLoader failure(String fileName, String message) {
        failures.put(fileName, message);
        return this;
    }

    @Override
    public Diagram load(Path file) throws DiagramFormatException {
        String name = file.getFileName().toString();
        if (failures.containsKey(name)) {
            throw new DiagramFormatException(failures.get(name));
        }
        if (!diagrams.containsKey(name)) {
            throw new AssertionError("the test did not expect " + file + " to be loaded");
        }
        return diagrams.get(name);
    }
}
