package studio.serverless.model.diagram;

/** Hears every change to a diagram, after it happened. */
@FunctionalInterface
public interface DiagramListener {

    /** Called once per change, on the thread that made it. */
    void diagramChanged(DiagramEvent event);
}
