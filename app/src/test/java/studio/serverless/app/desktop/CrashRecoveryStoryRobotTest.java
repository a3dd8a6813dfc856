package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.desktop.document.recovery.RecoveryStore;
import studio.serverless.app.testing.ManualTimer;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.format.DiagramFiles;

/** A person's unsaved work survives a crash: it is autosaved, offered at the next start and recovered unsaved. */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryStoryRobotTest {

    @TempDir
    Path settings;
    @TempDir
    Path settingsAfterCrash;

    private final ManualTimer autosaveClock = new ManualTimer();
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        new StudioApplication(settings, autosaveClock).start(primaryStage);
    }

    @Test
    void anEditLostInACrashIsOfferedAndRecoveredAtTheNextStart(FxRobot robot) throws Exception {
        // given: a Lambda function added to a new diagram from the palette
        robot.push(KeyCode.CONTROL, KeyCode.F).write("lambda").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("*Untitled — Serverless Studio", stage.getTitle());

        // when: the autosave clock ticks
        robot.interact(autosaveClock::tick);

        // then: a recovery file with the edit appears in the settings folder
        List<Path> copies = recoveryFiles(settings);
        assertEquals(1, copies.size(), copies.toString());
        assertEquals(ServiceKind.LAMBDA_FUNCTION, DiagramFiles.load(copies.get(0)).services().get(0).kind());

        // when: the app crashes (its recovery files stay, the lock of its session goes) and starts again
        copyRecoveryFiles(settings, settingsAfterCrash);
        Stage[] restarted = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            restarted[0] = new Stage();
            new StudioApplication(settingsAfterCrash, new ManualTimer()).start(restarted[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();

        // then: recovery is offered; the person recovers
        assertTrue(robot.lookup("#recoveryDialog").tryQuery().isPresent());
        robot.clickOn("#recoverButton");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the new window shows the edit, unsaved
        assertEquals("*Untitled — Serverless Studio", restarted[0].getTitle());
        DiagramEditor editor = (DiagramEditor) restarted[0].getScene().lookup("#canvas");
        assertEquals(ServiceKind.LAMBDA_FUNCTION, editor.diagram().services().get(0).kind());
        assertEquals(1, recoveryFiles(settingsAfterCrash).size());

        // when: the person closes the window and chooses not to save
        WaitForAsyncUtils.asyncFx(() -> restarted[0].fireEvent(
                new WindowEvent(restarted[0], WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dontSaveButton");
        WaitForAsyncUtils.waitForFxEvents();

        // then: the window is gone and nothing is left to recover
        assertFalse(restarted[0].isShowing());
        assertEquals(List.of(), recoveryFiles(settingsAfterCrash));
    }

    private static List<Path> recoveryFiles(Path settingsFolder) throws IOException {
        try (Stream<Path> files = Files.list(settingsFolder.resolve(RecoveryStore.FOLDER_NAME))) {
            return files.filter(file -> file.getFileName().toString().endsWith(DiagramFiles.EXTENSION)).toList();
        }
    }

    /** What a crashed session leaves: its diagram copies and their descriptions, without a held session lock. */
    private static void copyRecoveryFiles(Path from, Path to) throws IOException {
        Path target = Files.createDirectories(to.resolve(RecoveryStore.FOLDER_NAME));
        try (Stream<Path> files = Files.list(from.resolve(RecoveryStore.FOLDER_NAME))) {
            for (Path file : files.filter(file -> !file.getFileName().toString().endsWith(".lock")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
