package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.designer.DesignerViewModel;
import studio.serverless.app.diagnostics.DiagramLoader;
import studio.serverless.canvas.view.InitialsIconFactory;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.validation.Validator;

/** The window's menus reach what they name: Duplicate, Lay Out Automatically, Generate, Open Recent, examples. */
@ExtendWith(ApplicationExtension.class)
class MenuWiringRobotTest {

    @TempDir
    Path settings;
    @TempDir
    Path designs;

    private final RecordingFilePicker picker = new RecordingFilePicker();
    private DesignerViewModel model;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        model = new DesignerViewModel(DiagramLoader.standard(), Validator.standard());
        new MainWindow(model, picker, new InitialsIconFactory(), settings).show(primaryStage);
    }

    @Test
    void duplicateThenLayOutAutomaticallyAreOneUndoStepEach(FxRobot robot) {
        // given: a function added from the palette, selected
        addFunction(robot);

        // when
        robot.clickOn("Edit").clickOn("#duplicateMenuItem");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(2, model.document().diagram().services().size());
        assertTrue(model.undoRedo().undoTextProperty().get().startsWith("Undo Duplicate"), model.undoRedo().undoTextProperty().get());

        // when
        robot.clickOn("Arrange").clickOn("#layoutMenuItem");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals("Undo Lay out 2 services", model.undoRedo().undoTextProperty().get());
    }

    @Test
    void projectGenerateOpensTheGenerateWindowForTheDiagram(FxRobot robot) {
        // given
        addFunction(robot);

        // when
        robot.clickOn("Project").clickOn("#generateMenuItem");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Window generate = robot.window("Generate project");
        assertTrue(generate.isShowing());
        assertTrue(robot.lookup("#generatedFiles").tryQuery().isPresent());
        robot.interact(() -> ((Stage) generate).close());
    }

    @Test
    void openRecentListsASavedFileAndOpensIt(FxRobot robot) throws Exception {
        // given: a diagram saved, then a new one
        addFunction(robot);
        Path file = designs.resolve("menus.studio.json");
        picker.answerSaveWith(file);
        robot.push(KeyCode.CONTROL, KeyCode.S).push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Untitled — Serverless Studio", stage.getTitle());

        // when
        robot.clickOn("File").clickOn("Open Recent").clickOn("1 menus.studio.json  (" + designs + ")");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals("menus.studio.json — Serverless Studio", stage.getTitle());
        assertEquals(DiagramFiles.load(file).services(), model.document().diagram().services());
    }

    @Test
    void newFromExampleAsksAboutUnsavedWorkThenShowsTheExampleUntitledAndClean(FxRobot robot) throws Exception {
        // given
        addFunction(robot);

        // when: the user starts from the CRUD API example, not keeping the function
        robot.clickOn("File").clickOn("#newFromExampleMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dontSaveButton");
        robot.doubleClickOn("CRUD API");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals("Untitled — Serverless Studio", stage.getTitle());
        assertEquals(DiagramFiles.load(Path.of("..", "examples", "crud-api.studio.json")).services(),
                model.document().diagram().services());
    }

    @Test
    void choosingSaveButCancellingTheFileDialogKeepsTheUnsavedDiagram(FxRobot robot) {
        // given: unsaved work, and a save dialog the user will cancel
        addFunction(robot);
        picker.answerSaveWith(null);

        // when: File › New, and Save in the question
        robot.clickOn("File").clickOn("#newMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveChangesButton");
        WaitForAsyncUtils.waitForFxEvents();

        // then: nothing was lost
        assertEquals(1, model.document().diagram().services().size());
        assertEquals("*Untitled — Serverless Studio", stage.getTitle());
    }

    private void addFunction(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F).write("lambda").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
