package studio.serverless.canvas.view;

import java.util.ArrayList;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * The figure of one service: a rounded rectangle outlined in its category colour, an icon slot, its name and
 * kind, a connector handle on the right edge to draw connections from, and a validation badge when needed. Its
 * id is {@code service-<service id>} and its style class {@code service-figure}.
 */
public final class ServiceFigure extends Region {

    /** Set while the figure is selected. */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Set while a connection being drawn could legally end here. */
    public static final PseudoClass CONNECT_LEGAL = PseudoClass.getPseudoClass("connect-legal");
    /** Set while a connection being drawn could not end here. */
    public static final PseudoClass CONNECT_ILLEGAL = PseudoClass.getPseudoClass("connect-illegal");

    private static final double PADDING = 12;
    private static final double ARC = 14;
    private static final double ICON_TOP = (FigureGeometry.HEIGHT - FigureGeometry.ICON_SIZE) / 2;
    private static final Insets ICON_INSETS =
            new Insets(ICON_TOP, FigureGeometry.WIDTH - PADDING - FigureGeometry.ICON_SIZE, ICON_TOP, PADDING);
    /** The width beside the icon; longer names and kinds end in an ellipsis. */
    private static final double TEXT_WIDTH = FigureGeometry.WIDTH - 3 * PADDING - FigureGeometry.ICON_SIZE;

    private final ServiceId serviceId;
    private final StackPane iconSlot = new StackPane();
    private final Text name = new Text();
    private final Text kind = new Text();
    private final Rectangle outline = new Rectangle(-4, -4, FigureGeometry.WIDTH + 8, FigureGeometry.HEIGHT + 8);
    private final Circle connectorHandle = new Circle(FigureGeometry.WIDTH, FigureGeometry.HEIGHT / 2, 6);
    /** Made on the first mark: most figures never show one, and a label per figure costs much at 1,000. */
    private BadgeView badge;
    private Rectangle body;
    private String fullName;
    private String fullKind;
    private Point position;
    private boolean culled;
    private boolean detailed = true;

    /** A figure showing a service, with an icon from the factory. */
    public ServiceFigure(Service service, IconFactory icons) {
        this.serviceId = service.id();
        setId("service-" + service.id().value());
        getStyleClass().add("service-figure");
        setPrefSize(FigureGeometry.WIDTH, FigureGeometry.HEIGHT);
        resize(FigureGeometry.WIDTH, FigureGeometry.HEIGHT);
        body(service);
        getChildren().setAll(parts());
        layOut();
        setIcon(icons.icon(service.kind(), FigureGeometry.ICON_SIZE));
        fullKind = service.kind().displayName();
        kind.setText(fullKind);
        update(service);
    }

    /** The id of the service shown. */
    public ServiceId serviceId() {
        return serviceId;
    }

    /** Shows the service as it is now (name, position). */
    public void update(Service service) {
        fullName = service.name();
        name.setText(fullName);
        setAccessibleText(fullName + ", " + fullKind);
        requestLayout();
        moveTo(service.position());
    }

    /** Puts the figure's top-left corner at a diagram position (the model's, or a drag preview's). */
    public void moveTo(Point newPosition) {
        position = newPosition;
        relocate(newPosition.x(), newPosition.y());
    }

    /** The figure's outline where it is drawn now. */
    public Box box() {
        return FigureGeometry.boxAt(position);
    }

    /** Puts a new icon in the icon slot. */
    public void setIcon(Node icon) {
        iconSlot.getChildren().setAll(icon);
    }

    /** The handle on the right edge that starts a connection. */
    public Node connectorHandle() {
        return connectorHandle;
    }

    /** Highlights the figure as selected or not. */
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
        refreshOutline();
    }

    /** Shows whether a connection being drawn may end here: true green, false red, null neither. */
    public void setConnectFeedback(Boolean legal) {
        pseudoClassStateChanged(CONNECT_LEGAL, Boolean.TRUE.equals(legal));
        pseudoClassStateChanged(CONNECT_ILLEGAL, Boolean.FALSE.equals(legal));
        refreshOutline();
    }

    /**
     * Draws the icon, name, kind and handle (true), or just a square box outlined in the category colour (false:
     * zoomed far out, or while zooming). The plain box is filled rectangles of the figure's own background, which
     * software rendering fills row by row, where an outline would go through the path rasteriser; the parts it does
     * not draw leave the scene, as culled ones do.
     */
    public void setDetailed(boolean newDetailed) {
        if (detailed != newDetailed) {
            detailed = newDetailed;
            refreshParts();
        }
    }

    /**
     * Hides the figure when it is far from the view (true), or shows it (false). A hidden figure also lets go of
     * its parts, which it takes back when shown: the renderer walks every node of the scene on every frame, shown
     * or not, so 1,000 figures of a dozen nodes each cost time even when few are in view.
     */
    public void setCulled(boolean hidden) {
        setVisible(!hidden);
        if (culled != hidden) {
            culled = hidden;
            refreshParts();
        }
    }

    /**
     * Keeps the figure as a bitmap (true) or draws it each frame (false); with {@link CacheHint#SCALE} the bitmap
     * is scaled on a zoom instead of drawn anew. Setting what is already set costs nothing.
     */
    public void setBitmapCache(boolean cached, CacheHint hint) {
        setCache(cached);
        setCacheHint(hint);
    }

    /** Shows a validation badge, or none when the mark is null. */
    public void setMark(DiagnosticMark mark) {
        if (badge == null && mark != null) {
            badge = new BadgeView();
            badge.relocate(FigureGeometry.WIDTH - 14, -10);
            if (!culled) {
                getChildren().add(badge);
            }
        }
        if (badge != null) {
            badge.show(mark);
        }
    }

    /**
     * Styles parts put back during a layout pass (a resize) now: the CSS pass of this frame is over, and they would
     * otherwise be drawn unstyled for one frame.
     */
    static void applyCssIfShown(Node node) {
        if (node.getScene() != null) {
            node.applyCss();
        }
    }

    /** Puts in the scene the parts drawn now: none when culled, the body (for its style) and outline when plain. */
    private void refreshParts() {
        if (culled) {
            getChildren().clear();
            return;
        }
        getChildren().setAll(parts());
        applyCssIfShown(this);
        body.setVisible(detailed);
        refreshPlainBox();
    }

    private List<Node> parts() {
        List<Node> parts = new ArrayList<>(detailed ? List.of(outline, body, iconSlot, name, kind, connectorHandle)
                : List.of(body, outline));
        if (badge != null) {
            parts.add(badge);
        }
        return parts;
    }

    /** Draws the plain box in the body's colours (a theme may change them), or none when detailed. */
    private void refreshPlainBox() {
        setBackground(detailed ? null : PlainBox.of(body, ICON_INSETS));
    }

    private Rectangle body(Service service) {
        body = new Rectangle(FigureGeometry.WIDTH, FigureGeometry.HEIGHT);
        body.setArcWidth(ARC);
        body.setArcHeight(ARC);
        body.setStroke(Color.web(service.kind().category().colour()));
        body.setStrokeWidth(2);
        body.getStyleClass().add("service-body");
        body.fillProperty().addListener((observable, before, after) -> refreshPlainBox());
        return body;
    }

    private void layOut() {
        outline.getStyleClass().add("selection-outline");
        outline.setArcWidth(20);
        outline.setArcHeight(20);
        outline.setMouseTransparent(true);
        outline.setVisible(false);
        iconSlot.getStyleClass().add("icon-slot");
        iconSlot.setPrefSize(FigureGeometry.ICON_SIZE, FigureGeometry.ICON_SIZE);
        iconSlot.resizeRelocate(PADDING, ICON_TOP,
                FigureGeometry.ICON_SIZE, FigureGeometry.ICON_SIZE);
        double textX = PADDING * 2 + FigureGeometry.ICON_SIZE;
        name.getStyleClass().add("service-name");
        name.setTextOrigin(VPos.TOP);
        name.relocate(textX, 13);
        kind.getStyleClass().add("service-kind");
        kind.setTextOrigin(VPos.TOP);
        kind.relocate(textX, 35);
        connectorHandle.getStyleClass().add("connector-handle");
    }

    private void refreshOutline() {
        var states = getPseudoClassStates();
        Color colour = states.contains(CONNECT_LEGAL) ? Color.web("#2E7D32")
                : states.contains(CONNECT_ILLEGAL) ? Color.web("#C62828")
                : states.contains(SELECTED) ? Color.web("#1E88E5") : null;
        outline.setVisible(colour != null);
        outline.setStroke(colour);
    }

    @Override
    protected void layoutChildren() {
        // after CSS, so the fonts are the ones shown
        name.setText(FigureText.fit(fullName, name.getFont(), TEXT_WIDTH));
        kind.setText(FigureText.fit(fullKind, kind.getFont(), TEXT_WIDTH));
        if (badge != null) {
            badge.autosize();
        }
    }
}
