package studio.serverless.canvas.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.ViewTransform;
import studio.serverless.model.diagram.Point;

/**
 * The visible window onto the diagram: clips the content and shows it through a {@link ViewTransform}, so
 * zooming and panning change two transforms and never touch the figures.
 */
public final class Viewport extends Region {

    private final Pane content;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ReadOnlyObjectWrapper<ViewTransform> transformProperty =
            new ReadOnlyObjectWrapper<>(this, "transform", ViewTransform.IDENTITY);
    private ViewTransform transform = ViewTransform.IDENTITY;

    /** A viewport showing this content pane at 100%. */
    public Viewport(Pane content) {
        this.content = content;
        getStyleClass().add("diagram-viewport");
        content.getTransforms().setAll(translate, scale);
        content.setManaged(false);
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        zoom.addListener((observable, before, after) -> zoomChanged(after.doubleValue()));
    }

    /** The zoom factor (1 is 100%); setting it zooms around the middle of the viewport, within the limits. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The current transform. */
    public ViewTransform transform() {
        return transform;
    }

    /** The current transform, observable. */
    public ReadOnlyObjectProperty<ViewTransform> transformProperty() {
        return transformProperty.getReadOnlyProperty();
    }

    /**
     * Shows the diagram through another transform. The content is moved by whole pixels (the transform's offset
     * rounded, at most half a pixel off): software rendering copies a bitmap at a whole-pixel offset as it is, but
     * interpolates every pixel of it at any other, which made each pan frame about three times slower after a zoom
     * around the pointer had left the offset between pixels (decision 0039).
     */
    public void setTransform(ViewTransform newTransform) {
        transform = newTransform;
        translate.setX(Math.round(newTransform.translateX()));
        translate.setY(Math.round(newTransform.translateY()));
        scale.setX(newTransform.zoom());
        scale.setY(newTransform.zoom());
        zoom.set(newTransform.zoom());
        transformProperty.set(newTransform);
    }

    /** The part of the diagram the viewport shows now, in diagram units. */
    public Box visibleArea() {
        Point topLeft = transform.toDiagram(Point.ORIGIN);
        return new Box(topLeft.x(), topLeft.y(), getWidth() / transform.zoom(), getHeight() / transform.zoom());
    }

    /** Zooms to a factor keeping the diagram point under a viewport point in place. */
    public void zoomAround(double newZoom, Point2D viewportPoint) {
        setTransform(transform.zoomedAround(newZoom, new Point(viewportPoint.getX(), viewportPoint.getY())));
    }

    /** Moves the diagram by a distance in screen pixels. */
    public void panBy(double dx, double dy) {
        setTransform(transform.pannedBy(dx, dy));
    }

    /** The diagram point under a scene point. */
    public Point toDiagram(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return transform.toDiagram(new Point(local.getX(), local.getY()));
    }

    private void zoomChanged(double newZoom) {
        if (newZoom != transform.zoom()) {
            zoomAround(newZoom, new Point2D(getWidth() / 2, getHeight() / 2));
        }
    }

    @Override
    protected void layoutChildren() {
        // the content keeps its own size; only the transforms place it
    }
}
