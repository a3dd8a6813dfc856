package studio.serverless.canvas.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.canvas.geometry.FigureGeometry;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.catalog.ServiceCatalog;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;

@ExtendWith(ApplicationExtension.class)
class ServicePaletteRobotTest {

    private CommandStack stack;
    private DiagramEditor editor;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(new Diagram());
        editor = new DiagramEditor(stack);
        ServicePalette palette = new ServicePalette(new PaletteEntries(ServiceCatalog.standard()),
                new InitialsIconFactory(), kind -> editor.addService(kind,
                        FigureGeometry.topLeftCenteredOn(editor.visibleCenter())));
        palette.setPrefWidth(220);
        stage.setScene(new Scene(new BorderPane(editor, null, null, null, palette), 1000, 600));
        stage.show();
    }

    @Test
    void draggingAKindOntoTheCanvasAddsAServiceWhereItIsDropped(FxRobot robot) {
        // when
        robot.drag("#palette-dynamodb").dropTo("#diagram-editor");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        List<Service> services = stack.diagram().services();
        assertEquals(1, services.size());
        assertEquals(ServiceKind.DYNAMODB_TABLE, services.get(0).kind());
        assertEquals("Add DynamoDB table", stack.undoName().orElseThrow());
    }

    @Test
    void eachKindExplainsItselfInATooltip(FxRobot robot) {
        ListCell<?> cell = robot.lookup("#palette-kinesis").queryAs(ListCell.class);

        assertEquals(new PaletteEntries(ServiceCatalog.standard()).explanation(ServiceKind.KINESIS_STREAM),
                cell.getTooltip().getText());
    }

    @Test
    void typingAFilterAndPressingEnterAddsTheMatchAtTheCanvasCentre(FxRobot robot) {
        // when
        robot.clickOn("#paletteFilter").write("queue").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Service added = stack.diagram().services().get(0);
        assertEquals(ServiceKind.SQS_QUEUE, added.kind());
        assertEquals(editor.grid().snap(FigureGeometry.topLeftCenteredOn(editor.visibleCenter())), added.position());
    }

    @Test
    void arrowKeysChooseTheKindThatEnterAdds(FxRobot robot) {
        // when: down from the filter into the list (Lambda), then two further down
        robot.clickOn("#paletteFilter").type(KeyCode.DOWN).type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(List.of(ServiceKind.SQS_QUEUE),
                stack.diagram().services().stream().map(Service::kind).toList());
    }
}
