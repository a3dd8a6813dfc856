package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The drop logic on a real node; the platform's drag gesture itself cannot be driven headless. */
@ExtendWith(ApplicationExtension.class)
class DiagramFileDropTest {

    private final StackPane root = new StackPane();
    private final List<Path> opened = new ArrayList<>();
    private DiagramFileDrop drop;

    @Start
    void start(Stage stage) {
        drop = new DiagramFileDrop(root, opened::add);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void draggingADiagramFileOverTheWindowShowsItWillBeAccepted(FxRobot robot) {
        robot.interact(() -> assertTrue(drop.dragOver(List.of(new File("/designs/orders.studio.json")))));

        assertTrue(root.getPseudoClassStates().contains(DiagramFileDrop.ACCEPTED));
        assertFalse(root.getPseudoClassStates().contains(DiagramFileDrop.REFUSED));
    }

    @Test
    void otherFilesAreRefusedVisibly(FxRobot robot) {
        robot.interact(() -> assertFalse(drop.dragOver(List.of(new File("/designs/notes.txt")))));

        assertTrue(root.getPseudoClassStates().contains(DiagramFileDrop.REFUSED));
    }

    @Test
    void severalFilesAtOnceAreRefused(FxRobot robot) {
        List<File> two = List.of(new File("/d/a.studio.json"), new File("/d/b.studio.json"));

        robot.interact(() -> assertFalse(drop.dragOver(two)));
    }

    @Test
    void droppingADiagramFileOpensItAndClearsTheFeedback(FxRobot robot) {
        robot.interact(() -> drop.dragOver(List.of(new File("/designs/orders.studio.json"))));

        robot.interact(() -> assertTrue(drop.drop(List.of(new File("/designs/orders.studio.json")))));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(Path.of("/designs/orders.studio.json")), opened);
        assertFalse(root.getPseudoClassStates().contains(DiagramFileDrop.ACCEPTED));
    }

    @Test
    void droppingAnythingElseOpensNothing(FxRobot robot) {
        robot.interact(() -> assertFalse(drop.drop(List.of(new File("/designs/notes.txt")))));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), opened);
    }

    @Test
    void theInstalledFeedbackDrawsAGreenOrARedBorder(FxRobot robot) {
        StackPane window = new StackPane();
        robot.interact(() -> root.getChildren().add(window));
        robot.interact(() -> {
            DiagramFileDrop feedback = DiagramFileDrop.install(window, opened::add);
            feedback.dragOver(List.of(new File("/designs/orders.studio.json")));
            window.applyCss();
            assertEquals(Color.web("#2da44e"), window.getBorder().getStrokes().get(0).getTopStroke());
            feedback.dragOver(List.of(new File("/designs/notes.txt")));
            window.applyCss();
            assertEquals(Color.web("#cf222e"), window.getBorder().getStrokes().get(0).getTopStroke());
            feedback.dragEnded();
            window.applyCss();
            assertTrue(window.getBorder() == null || window.getBorder().isEmpty());
        });
    }

    @Test
    void installingGivesTheWindowTheFeedbackStylesheetOnce(FxRobot robot) {
        StackPane window = new StackPane();

        robot.interact(() -> {
            DiagramFileDrop.install(window, opened::add);
            DiagramFileDrop.install(window, opened::add);
        });

        assertEquals(List.of(DiagramFileDrop.STYLESHEET), window.getStylesheets());
    }
}
