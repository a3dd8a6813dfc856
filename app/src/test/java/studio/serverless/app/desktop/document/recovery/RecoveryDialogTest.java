package studio.serverless.app.desktop.document.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RecoveryDialogTest {

    private static final RecoveryCandidate ORDERS = new RecoveryCandidate("k", Path.of("/r/k.studio.json"),
            Optional.of(Path.of("/designs/orders.studio.json")), Instant.parse("2026-11-29T02:31:00Z"));

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @ParameterizedTest
    @CsvSource({"#recoverButton, RECOVER", "#discardRecoveryButton, DISCARD"})
    void theDialogNamesTheLostWorkAndReturnsTheChoice(String button, RecoveryChoice expected, FxRobot robot)
            throws Exception {
        CompletableFuture<RecoveryChoice> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new RecoveryDialog(stage).ask(ORDERS)));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#recoveryDialog").queryAs(DialogPane.class).getContentText()
                .startsWith("orders.studio.json (in /designs), autosaved "));
        robot.clickOn(button);

        assertEquals(expected, answer.get(5, TimeUnit.SECONDS));
    }
}
