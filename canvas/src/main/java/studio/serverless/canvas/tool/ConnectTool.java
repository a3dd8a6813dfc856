package studio.serverless.canvas.tool;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.view.ServiceFigure;
import studio.serverless.model.catalog.ConnectionChoice;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.ConnectCommand;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;

/**
 * Draws a connection: from a figure's connector handle (or Alt-drag from anywhere on a figure) a rubber line
 * follows the pointer; the figure under it turns green when a connection may end there and red when not. On
 * release the catalogue's choices decide: none refuses with a hint, one connects, several ask the
 * {@link ConnectionChooser}. The new connection is made by one {@link ConnectCommand} and selected.
 */
final class ConnectTool implements Tool {

    private final ToolContext context;
    private final Line rubberLine = new Line();
    private ServiceFigure source;
    private ServiceFigure target;

    ConnectTool(ToolContext context) {
        this.context = context;
        rubberLine.getStyleClass().add("rubber-line");
        rubberLine.setId("rubber-line");
    }

    @Override
    public void pressed(MouseEvent event) {
        source = Picking.figureAt(event).orElseThrow();
        Point start = FigureGeometry.connectorAt(new Point(source.box().x(), source.box().y()));
        rubberLine.setStartX(start.x());
        rubberLine.setStartY(start.y());
        rubberLine.setEndX(start.x());
        rubberLine.setEndY(start.y());
        context.view().layers().overlay().getChildren().add(rubberLine);
    }

    @Override
    public void dragged(MouseEvent event) {
        if (source == null) {
            return;
        }
        Point end = context.viewport().toDiagram(event.getSceneX(), event.getSceneY());
        rubberLine.setEndX(end.x());
        rubberLine.setEndY(end.y());
        ServiceFigure over = Picking.figureAt(event).filter(figure -> figure != source).orElse(null);
        if (over != target) {
            showFeedback(over);
        }
    }

    @Override
    public void released(MouseEvent event) {
        ServiceFigure from = source;
        ServiceFigure to = target;
        cancel();
        if (from == null || to == null) {
            return;
        }
        Diagram diagram = context.commandStack().diagram();
        ServiceKind sourceKind = diagram.require(from.serviceId()).kind();
        ServiceKind targetKind = diagram.require(to.serviceId()).kind();
        List<ConnectionChoice> choices = ServiceCatalog.standard().choices(sourceKind, targetKind);
        Optional<ConnectionChoice> choice = choices.size() <= 1 ? choices.stream().findFirst()
                : context.connectionChooser().choose(choices, new Point2D(event.getScreenX(), event.getScreenY()));
        if (choices.isEmpty()) {
            context.showHint(ConnectHints.refusal(sourceKind, targetKind));
        }
        choice.ifPresent(chosen -> connect(diagram, chosen, from, to));
    }

    @Override
    public void cancel() {
        showFeedback(null);
        context.view().layers().overlay().getChildren().remove(rubberLine);
        source = null;
    }

    private void connect(Diagram diagram, ConnectionChoice choice, ServiceFigure from, ServiceFigure to) {
        Connection connection = ConnectionFactory.create(diagram, choice, from.serviceId(), to.serviceId());
        context.commandStack().execute(new ConnectCommand(connection));
        context.selection().selectOnly(connection.id());
    }

    private void showFeedback(ServiceFigure over) {
        if (target != null) {
            target.setConnectFeedback(null);
        }
        target = over;
        if (over != null) {
            Diagram diagram = context.commandStack().diagram();
            boolean legal = !ServiceCatalog.standard().choices(diagram.require(source.serviceId()).kind(),
                    diagram.require(over.serviceId()).kind()).isEmpty();
            over.setConnectFeedback(legal);
        }
    }
}
