package studio.serverless.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import studio.serverless.canvas.geometry.Alignment;
import studio.serverless.canvas.geometry.Box;
import studio.serverless.canvas.geometry.Distribution;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.model.command.CompoundCommand;
import studio.serverless.model.command.MoveServicesCommand;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;
import studio.serverless.model.layout.DiagramLayout;
import studio.serverless.model.layout.LayeredLayout;
import studio.serverless.model.layout.LayoutSpacing;

/** Align, distribute and automatic layout: each one move command with a name saying what it did. */
final class SelectionArranger {

    /**
     * Layers 280 apart and rows 120 apart: figure size plus gaps, on the standard grid; the gap between layers leaves
     * room for an edge's label ("Invoke function", "POST /orders") between the figures.
     */
    static final LayoutSpacing LAYOUT_SPACING = new LayoutSpacing(FigureGeometry.WIDTH, FigureGeometry.HEIGHT,
            120, 56);

    private final DiagramEditor editor;

    SelectionArranger(DiagramEditor editor) {
        this.editor = editor;
    }

    void align(Alignment alignment) {
        Map<ServiceId, Point> positions = selectedPositions();
        if (positions.size() >= 2) {
            move(alignment.align(positions), "Align " + positions.size() + " services " + alignment.description());
        }
    }

    void distribute(Distribution distribution) {
        Map<ServiceId, Point> positions = selectedPositions();
        if (positions.size() >= 3) {
            move(distribution.distribute(positions),
                    "Distribute " + positions.size() + " services " + distribution.description());
        }
    }

    void layOutDiagram() {
        Diagram diagram = editor.diagram();
        if (diagram.services().isEmpty()) {
            return;
        }
        Box extent = diagram.services().stream().map(service -> FigureGeometry.boxAt(service.position()))
                .reduce(Box::union).orElseThrow();
        Point origin = editor.grid().snap(new Point(extent.x(), extent.y()));
        DiagramLayout layout = new LayeredLayout(LAYOUT_SPACING).arrange(diagram, origin);
        int count = diagram.services().size();
        move(layout.positions(), count == 1 ? "Lay out service" : "Lay out " + count + " services");
    }

    private Map<ServiceId, Point> selectedPositions() {
        Map<ServiceId, Point> positions = new LinkedHashMap<>();
        for (ServiceId id : editor.selection().services()) {
            editor.diagram().service(id).map(Service::position).ifPresent(position -> positions.put(id, position));
        }
        return positions;
    }

    private void move(Map<ServiceId, Point> target, String name) {
        Map<ServiceId, Point> changed = new LinkedHashMap<>();
        target.forEach((id, position) -> {
            if (!editor.diagram().require(id).position().equals(position)) {
                changed.put(id, position);
            }
        });
        if (!changed.isEmpty()) {
            editor.commandStack().execute(new CompoundCommand(name, List.of(new MoveServicesCommand(changed))));
        }
    }
}
