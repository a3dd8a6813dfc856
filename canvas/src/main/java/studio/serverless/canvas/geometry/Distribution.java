package studio.serverless.canvas.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.ServiceId;

/**
 * Spreading three or more figures evenly along an axis: the first and the last (by position on the axis) stay,
 * the others move so the gaps between neighbours are equal. Figures keep their other coordinate.
 */
public enum Distribution {
    /** Equal gaps from left to right. */
    HORIZONTAL("horizontally"),
    /** Equal gaps from top to bottom. */
    VERTICAL("vertically");

    private final String description;

    Distribution(String description) {
        this.description = description;
    }

    /** The word the undo menu shows, e.g. "Distribute 4 services horizontally". */
    public String description() {
        return description;
    }

    /** The new top-left corners of figures now at these top-left corners, in the same order. */
    public Map<ServiceId, Point> distribute(Map<ServiceId, Point> positions) {
        boolean horizontal = this == HORIZONTAL;
        List<Map.Entry<ServiceId, Point>> byAxis = new ArrayList<>(positions.entrySet());
        byAxis.sort(Comparator.comparingDouble(entry -> horizontal ? entry.getValue().x() : entry.getValue().y()));
        Map<ServiceId, Point> spread = new LinkedHashMap<>(positions);
        if (byAxis.size() < 3) {
            return spread;
        }
        double first = coordinate(byAxis.get(0).getValue());
        double step = (coordinate(byAxis.get(byAxis.size() - 1).getValue()) - first) / (byAxis.size() - 1);
        for (int i = 1; i < byAxis.size() - 1; i++) {
            Point point = byAxis.get(i).getValue();
            double along = first + i * step;
            spread.put(byAxis.get(i).getKey(), horizontal ? new Point(along, point.y()) : new Point(point.x(), along));
        }
        return spread;
    }

    private double coordinate(Point point) {
        return this == HORIZONTAL ? point.x() : point.y();
    }
}
