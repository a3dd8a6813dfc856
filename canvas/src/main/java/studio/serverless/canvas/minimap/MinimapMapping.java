package studio.serverless.canvas.minimap;

import studio.serverless.canvas.geometry.Box;
import studio.serverless.model.diagram.Point;

/**
 * How a diagram area is shrunk into the minimap: uniformly, to fit, centred. Plain math, unit-tested.
 *
 * @param area    the diagram area shown (the whole diagram and the visible area)
 * @param scale   minimap pixels per diagram unit
 * @param offsetX where the area's left edge lands in the minimap
 * @param offsetY where the area's top edge lands in the minimap
 */
public record MinimapMapping(Box area, double scale, double offsetX, double offsetY) {

    /** The mapping that fits the area into a minimap of this size, with a small inset. */
    public static MinimapMapping fitting(Box area, double width, double height) {
        double inset = 4;
        double scale = Math.min((width - 2 * inset) / Math.max(1, area.width()),
                (height - 2 * inset) / Math.max(1, area.height()));
        scale = Math.max(scale, 1e-6);
        double offsetX = (width - area.width() * scale) / 2;
        double offsetY = (height - area.height() * scale) / 2;
        return new MinimapMapping(area, scale, offsetX, offsetY);
    }

    /** The minimap point showing a diagram point. */
    public Point toMinimap(Point diagram) {
        return new Point(offsetX + (diagram.x() - area.x()) * scale, offsetY + (diagram.y() - area.y()) * scale);
    }

    /** The diagram point under a minimap point. */
    public Point toDiagram(Point minimap) {
        return new Point(area.x() + (minimap.x() - offsetX) / scale, area.y() + (minimap.y() - offsetY) / scale);
    }
}
