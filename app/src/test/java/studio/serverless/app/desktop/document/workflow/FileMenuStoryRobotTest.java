package studio.serverless.app.desktop.document.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.document.DiscardChangesDialog;
import studio.serverless.app.desktop.document.RecentFiles;
import studio.serverless.app.desktop.document.recovery.AutosaveTimer;
import studio.serverless.app.desktop.document.recovery.Autosaver;
import studio.serverless.app.desktop.document.recovery.RecoveryChoice;
import studio.serverless.app.desktop.document.recovery.RecoveryStore;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.format.DiagramFiles;

/** The File menu wired as the main window will wire it, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class FileMenuStoryRobotTest {

    @TempDir
    static Path settings;
    @TempDir
    static Path designs;

    private final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();
    private DocumentWorkflow workflow;
    private RecoveryStore store;
    private Stage stage;

    @Start
    void start(Stage primaryStage) throws IOException {
        stage = primaryStage;
        store = RecoveryStore.open(settings.resolve("story-" + System.nanoTime()));
        AutosaveSlot autosave = new AutosaveSlot(Optional.of(store), AutosaveTimer.onFxThread(),
                Autosaver.DEFAULT_INTERVAL, message -> { });
        workflow = new DocumentWorkflow(new QueuedDialogs(), new DiscardChangesDialog(stage),
                new RecentFiles(settings.resolve("recent-" + System.nanoTime())), autosave);
        BorderPane root = new BorderPane();
        root.setTop(new MenuBar(new Menu("File", null, FileMenuItems.create(workflow, stage)
                .toArray(MenuItem[]::new))));
        workflow.documentProperty().addListener((property, was, shown) ->
                root.setCenter(new DiagramEditor(shown.commandStack())));
        stage.titleProperty().bind(workflow.titleProperty());
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
        workflow.start(candidate -> RecoveryChoice.RECOVER, Optional.empty());
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
    }

    @Test
    void saveAsNamesTheWindowAndNewFromExampleStartsUntitled(FxRobot robot) throws Exception {
        // given a new diagram with one function
        assertEquals("Untitled — Serverless Studio", stage.getTitle());
        addFunction(robot);
        assertEquals("*Untitled — Serverless Studio", stage.getTitle());

        // when the user saves it as "shop"
        fileAnswers.add(Optional.of(designs.resolve("shop")));
        robot.clickOn("File").clickOn("#saveAsMenuItem");
        WaitForAsyncUtils.waitForFxEvents();

        // then the file is written and names the window
        assertEquals("shop.studio.json — Serverless Studio", stage.getTitle());
        assertEquals(1, DiagramFiles.load(designs.resolve("shop.studio.json")).services().size());

        // when the user starts from the CRUD API example
        robot.clickOn("File").clickOn("#newFromExampleMenuItem");
        robot.doubleClickOn("CRUD API");
        WaitForAsyncUtils.waitForFxEvents();

        // then it shows, untitled and clean
        assertEquals("Untitled — Serverless Studio", stage.getTitle());
        assertEquals(DiagramFiles.load(Path.of("..", "examples", "crud-api.studio.json")).services().size(),
                robot.lookup(".service-figure").queryAll().size());
    }

    @Test
    void openRecentAsksAboutUnsavedWorkFirst(FxRobot robot) throws Exception {
        // given a saved file in the recent list and unsaved work in the window
        Path orders = designs.resolve("orders.studio.json");
        DiagramFiles.save(new Diagram(), orders);
        workflow.recentFiles().add(orders);
        addFunction(robot);

        // when the user opens it from Open Recent and answers Don't Save
        robot.clickOn("File").clickOn("Open Recent").clickOn("1 orders.studio.json  (" + designs + ")");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#discardChangesDialog").tryQuery().isPresent());
        robot.clickOn("#dontSaveButton");
        WaitForAsyncUtils.waitForFxEvents();

        // then the file is open
        assertEquals("orders.studio.json — Serverless Studio", stage.getTitle());
        assertTrue(Files.exists(orders));
    }

    private void addFunction(FxRobot robot) {
        robot.interact(() -> ((DiagramEditor) ((BorderPane) stage.getScene().getRoot()).getCenter())
                .addService(ServiceKind.LAMBDA_FUNCTION, new Point(100, 100)));
    }

    /** File choosers answered from the queue; problems fail the test. */
    private final class QueuedDialogs implements FileDialogs {

        @Override
        public Optional<Path> chooseFileToOpen() {
            return fileAnswers.remove();
        }

        @Override
        public Optional<Path> chooseFileToSave(String suggestedName) {
            return fileAnswers.remove();
        }

        @Override
        public void showProblem(String message) {
            throw new AssertionError(message);
        }
    }
}
