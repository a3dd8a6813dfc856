package studio.serverless.app.desktop.run.browse.executions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.DoubleStream;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A state machine drawn: each top-level state a box (id {@code state-NAME}), each transition an arrow from the
 * bottom of one box to the top of the next (Catch arrows dashed, labels for Choice rules and caught errors).
 * An arrow between neighbouring rows goes straight down; one that skips rows or loops back runs around the right
 * of the boxes in a lane of its own. Boxes are coloured by how the execution went (blue where it passed, red
 * where it failed, grey elsewhere) and the transitions it took are thick and blue ({@code taken} holds
 * {@code from + "\u0000" + to}). A click on a box hands its state's name to {@code onChoose}.
 */
final class StateMachineDrawing extends Pane {

    static final double BOX_WIDTH = 170;
    static final double BOX_HEIGHT = 46;
    private static final double GAP_X = 40;
    private static final double GAP_Y = 56;

    private final Map<String, Point2D> origins = new HashMap<>();
    private double rightEdge;
    private int lanes;

    StateMachineDrawing(StateGraph graph, Function<String, ExecutionBrowserViewModel.StateLook> look,
                        Set<String> taken, Consumer<String> onChoose) {
        setId("stateMachineDrawing");
        int widest = graph.nodes().stream().mapToInt(StateNode::layer).boxed()
                .map(layer -> (int) graph.nodes().stream().filter(n -> n.layer() == layer).count())
                .max(Integer::compare).orElse(1);
        for (StateNode node : graph.nodes()) {
            int inRow = (int) graph.nodes().stream().filter(n -> n.layer() == node.layer()).count();
            double rowOffset = (widest - inRow) * (BOX_WIDTH + GAP_X) / 2;
            origins.put(node.name(), new Point2D(20 + rowOffset + node.column() * (BOX_WIDTH + GAP_X),
                    20 + node.layer() * (BOX_HEIGHT + GAP_Y)));
        }
        rightEdge = origins.values().stream().mapToDouble(Point2D::getX).max().orElse(0) + BOX_WIDTH;
        graph.transitions().forEach(transition -> drawArrow(transition,
                taken.contains(transition.from() + "\u0000" + transition.to())));
        graph.nodes().forEach(node -> drawBox(node, look.apply(node.name()), onChoose));
    }

    private void drawBox(StateNode node, ExecutionBrowserViewModel.StateLook look, Consumer<String> onChoose) {
        Rectangle box = new Rectangle(BOX_WIDTH, BOX_HEIGHT);
        box.setArcWidth(12);
        box.setArcHeight(12);
        box.setFill(switch (look) {
            case ENTERED -> Color.web("#bbdefb");
            case FAILED -> Color.web("#ef9a9a");
            default -> Color.web("#f5f5f5");
        });
        box.setStroke(look == ExecutionBrowserViewModel.StateLook.FAILED ? Color.web("#c62828")
                : look == ExecutionBrowserViewModel.StateLook.ENTERED ? Color.web("#1565c0") : Color.GRAY);
        box.setStrokeWidth(look == ExecutionBrowserViewModel.StateLook.NOT_ENTERED ? 1 : 2);
        String marker = node.marker().isEmpty() ? "" : " " + node.marker();
        Label label = new Label(node.name() + "\n" + node.type() + marker);
        label.setStyle("-fx-text-alignment: center; -fx-font-size: 11px;");
        label.setMouseTransparent(true);
        StackPane state = new StackPane(box, label);
        state.setId("state-" + node.name());
        state.getProperties().put("look", look);
        Point2D at = origins.get(node.name());
        state.relocate(at.getX(), at.getY());
        state.setOnMouseClicked(event -> onChoose.accept(node.name()));
        getChildren().add(state);
    }

    private void drawArrow(StateTransition transition, boolean taken) {
        Point2D source = origins.get(transition.from());
        Point2D target = origins.get(transition.to());
        List<Point2D> points = new ArrayList<>();
        if (target.getY() - source.getY() == BOX_HEIGHT + GAP_Y) {
            points.add(source.add(BOX_WIDTH / 2, BOX_HEIGHT));
            points.add(target.add(BOX_WIDTH / 2, 0));
        } else {
            // skipping rows or looping back: around the right of every box, in a lane of its own
            double lane = rightEdge + 16 + 14 * lanes++;
            points.add(source.add(BOX_WIDTH, BOX_HEIGHT / 2 + 6));
            points.add(new Point2D(lane, source.getY() + BOX_HEIGHT / 2 + 6));
            points.add(new Point2D(lane, target.getY() + BOX_HEIGHT / 2 - 6));
            points.add(target.add(BOX_WIDTH, BOX_HEIGHT / 2 - 6));
        }
        Polyline line = new Polyline(points.stream().flatMapToDouble(p -> DoubleStream.of(p.getX(), p.getY()))
                .toArray());
        Color colour = taken ? Color.web("#1565c0") : Color.web("#757575");
        line.setStroke(colour);
        line.setStrokeWidth(taken ? 2.5 : 1);
        if (transition.kind() == StateTransition.Kind.CATCH) {
            line.getStrokeDashArray().setAll(6.0, 4.0);
        }
        getChildren().addAll(line, arrowHead(points.get(points.size() - 2), points.get(points.size() - 1), colour));
        if (!transition.label().isEmpty()) {
            Point2D middle = points.get(points.size() / 2 - 1).midpoint(points.get(points.size() / 2));
            Text text = new Text(middle.getX() + 4, middle.getY(), transition.label());
            text.setStyle("-fx-font-size: 10px;");
            text.setFill(Color.web("#424242"));
            getChildren().add(text);
        }
    }

    private static Polygon arrowHead(Point2D from, Point2D to, Color colour) {
        Point2D direction = to.subtract(from).normalize();
        Point2D side = new Point2D(-direction.getY(), direction.getX());
        Point2D back = to.subtract(direction.multiply(9));
        Point2D left = back.add(side.multiply(4.5));
        Point2D right = back.subtract(side.multiply(4.5));
        Polygon head = new Polygon(to.getX(), to.getY(), left.getX(), left.getY(), right.getX(), right.getY());
        head.setFill(colour);
        return head;
    }
}
