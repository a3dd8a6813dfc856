package studio.serverless.app.desktop.run.browse.executions;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A state machine drawn: each top-level state a box (id {@code state-NAME}), each transition an arrow from the
 * bottom of one box to the top of the next (Catch arrows dashed, labels for Choice rules and caught errors).
 * Boxes are coloured by how the execution went: blue where it passed, red where it failed, grey elsewhere. A click
 * on a box hands its state's name to {@code onChoose}.
 */
final class StateMachineDrawing extends Pane {

    static final double BOX_WIDTH = 170;
    static final double BOX_HEIGHT = 46;
    private static final double GAP_X = 40;
    private static final double GAP_Y = 56;

    private final Map<String, Point2D> origins = new HashMap<>();

    StateMachineDrawing(StateGraph graph, Function<String, ExecutionBrowserViewModel.StateLook> look,
                        Consumer<String> onChoose) {
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
        graph.transitions().forEach(this::drawArrow);
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
        Label label = new Label(node.name() + "\n" + node.type() + (node.marker().isEmpty() ? "" : " " + node.marker()));
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

    private void drawArrow(StateTransition transition) {
        Point2D from = origins.get(transition.from()).add(BOX_WIDTH / 2, BOX_HEIGHT);
        Point2D to = origins.get(transition.to()).add(BOX_WIDTH / 2, 0);
        if (to.getY() <= from.getY()) {
            // back to an earlier row (a loop): leave from the side and enter from the side
            from = origins.get(transition.from()).add(BOX_WIDTH, BOX_HEIGHT / 2);
            to = origins.get(transition.to()).add(BOX_WIDTH, BOX_HEIGHT / 2 + 8);
        }
        Line line = new Line(from.getX(), from.getY(), to.getX(), to.getY());
        line.setStroke(Color.web("#616161"));
        if (transition.kind() == StateTransition.Kind.CATCH) {
            line.getStrokeDashArray().setAll(6.0, 4.0);
        }
        getChildren().addAll(line, arrowHead(from, to));
        if (!transition.label().isEmpty()) {
            Text text = new Text((from.getX() + to.getX()) / 2 + 4, (from.getY() + to.getY()) / 2, transition.label());
            text.setStyle("-fx-font-size: 10px;");
            text.setFill(Color.web("#424242"));
            getChildren().add(text);
        }
    }

    private static Polygon arrowHead(Point2D from, Point2D to) {
        Point2D direction = to.subtract(from).normalize();
        Point2D side = new Point2D(-direction.getY(), direction.getX());
        Point2D back = to.subtract(direction.multiply(9));
        Point2D left = back.add(side.multiply(4.5));
        Point2D right = back.subtract(side.multiply(4.5));
        Polygon head = new Polygon(to.getX(), to.getY(), left.getX(), left.getY(), right.getX(), right.getY());
        head.setFill(Color.web("#616161"));
        return head;
    }
}
