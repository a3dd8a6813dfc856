package studio.serverless.model.layout;

/**
 * The sizes a layout needs: how large a figure is and how far apart the layers and the figures of a layer are.
 *
 * @param nodeWidth        the width of a service's figure
 * @param nodeHeight       the height of a service's figure
 * @param horizontalGap    the empty space between two layers
 * @param verticalGap      the empty space between two figures of a layer
 */
public record LayoutSpacing(double nodeWidth, double nodeHeight, double horizontalGap, double verticalGap) {

    /** Refuses sizes that would make figures overlap. */
    public LayoutSpacing {
        if (!(nodeWidth > 0) || !(nodeHeight > 0) || !(horizontalGap >= 0) || !(verticalGap >= 0)) {
            throw new IllegalArgumentException("layout sizes must be positive (gaps may be 0): " + nodeWidth + " x "
                    + nodeHeight + ", gaps " + horizontalGap + " and " + verticalGap);
        }
    }

    /** The distance from one layer's left edge to the next one's. */
    public double layerStep() {
        return nodeWidth + horizontalGap;
    }

    /** The distance from one figure's top edge to the next one's in a layer. */
    public double rowStep() {
        return nodeHeight + verticalGap;
    }
}
