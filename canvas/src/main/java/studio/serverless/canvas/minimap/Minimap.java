package studio.serverless.canvas.minimap;

import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.geometry.ViewTransform;
import studio.serverless.model.diagram.DiagramListener;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;

/**
 * An overview of an editor's whole diagram: each service a small box in its category colour, the editor's
 * visible area a blue outline. A click centres the editor there; a drag pans it along. It redraws at most once
 * a frame, on a change of the diagram, the zoom or pan, or a size. It shows only while some of the diagram lies
 * outside the view: over a diagram wholly in view it would only hide the services under it. Its id is
 * {@code minimap}; 200 x 140 pixels unless sized otherwise.
 */
public final class Minimap extends Region {

    private final DiagramEditor editor;
    private final Canvas canvas = new Canvas();
    private final DiagramListener diagramListener = event -> requestRedraw();
    private final InvalidationListener viewListener = observable -> requestRedraw();
    private MinimapMapping dragMapping;
    private MinimapMapping shownMapping;

    /** A minimap of this editor's diagram and view, following both until {@link #dispose}. */
    public Minimap(DiagramEditor editor) {
        this.editor = editor;
        setId("minimap");
        getStyleClass().add("minimap");
        setPrefSize(200, 140);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(canvas);
        editor.diagram().addListener(diagramListener);
        editor.viewTransformProperty().addListener(viewListener);
        editor.widthProperty().addListener(viewListener);
        editor.heightProperty().addListener(viewListener);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> dragMapping = null);
        setVisible(false);
    }

    /** The diagram area shown now and how it maps to the minimap (for tests and tooltips). */
    public MinimapMapping mapping() {
        return MinimapMapping.fitting(shownArea(), getWidth(), getHeight());
    }

    /** The editor's visible area, in diagram units. */
    public Box visibleArea() {
        ViewTransform transform = editor.viewTransformProperty().get();
        Point topLeft = transform.toDiagram(Point.ORIGIN);
        return new Box(topLeft.x(), topLeft.y(), editor.getWidth() / transform.zoom(),
                editor.getHeight() / transform.zoom());
    }

    /** Stops following the editor. */
    public void dispose() {
        editor.diagram().removeListener(diagramListener);
        editor.viewTransformProperty().removeListener(viewListener);
        editor.widthProperty().removeListener(viewListener);
        editor.heightProperty().removeListener(viewListener);
    }

    private void pressed(MouseEvent event) {
        dragMapping = mapping();
        panTo(event);
    }

    private void dragged(MouseEvent event) {
        if (dragMapping != null) {
            panTo(event);
        }
    }

    private void panTo(MouseEvent event) {
        editor.centerOn(dragMapping.toDiagram(new Point(event.getX(), event.getY())));
        event.consume();
    }

    private Box shownArea() {
        return visibleArea().union(servicesArea());
    }

    private void requestRedraw() {
        shownMapping = null;
        setVisible(dragMapping != null || !editor.showsWholeDiagram());
        requestLayout();
    }

    /** The box around every service; the visible area for an empty diagram. */
    private Box servicesArea() {
        return editor.diagram().services().stream().map(service -> FigureGeometry.boxAt(service.position()))
                .reduce(Box::union).orElseGet(this::visibleArea);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            shownMapping = null;
        }
        if (shownMapping == null) {
            shownMapping = mapping();
            draw(shownMapping);
        }
    }

    private void draw(MinimapMapping mapping) {
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        graphics.setFill(Color.web("#F4F6F8", 0.92));
        graphics.fillRect(0, 0, getWidth(), getHeight());
        double width = Math.max(1.5, FigureGeometry.WIDTH * mapping.scale());
        double height = Math.max(1.5, FigureGeometry.HEIGHT * mapping.scale());
        for (Service service : editor.diagram().services()) {
            Point corner = mapping.toMinimap(service.position());
            graphics.setFill(Color.web(service.kind().category().colour()));
            graphics.fillRect(corner.x(), corner.y(), width, height);
        }
        Box visible = visibleArea();
        Point corner = mapping.toMinimap(new Point(visible.x(), visible.y()));
        graphics.setStroke(Color.web("#1E88E5"));
        graphics.setLineWidth(1.5);
        graphics.strokeRect(corner.x(), corner.y(), visible.width() * mapping.scale(),
                visible.height() * mapping.scale());
        graphics.setStroke(Color.web("#AAB7C4"));
        graphics.setLineWidth(1);
        graphics.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
    }
}
