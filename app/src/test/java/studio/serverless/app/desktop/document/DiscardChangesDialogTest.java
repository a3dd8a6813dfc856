package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiscardChangesDialogTest {

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @ParameterizedTest
    @CsvSource({"#saveChangesButton, SAVE", "#dontSaveButton, DONT_SAVE", "#cancelCloseButton, CANCEL"})
    void eachButtonGivesItsChoice(String button, DiscardChoice expected, FxRobot robot) throws Exception {
        // given the question is asked about orders.studio.json
        CompletableFuture<DiscardChoice> answer = ask("orders.studio.json");

        // then it names the file
        assertTrue(robot.lookup("#discardChangesDialog").queryAs(DialogPane.class).getHeaderText()
                .contains("Save changes to orders.studio.json before closing?"));

        // when the user clicks a button
        robot.clickOn(button);

        // then that is the answer
        assertEquals(expected, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void escapeCancels(FxRobot robot) throws Exception {
        CompletableFuture<DiscardChoice> answer = ask("Untitled");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertEquals(DiscardChoice.CANCEL, answer.get(5, TimeUnit.SECONDS));
    }

    private CompletableFuture<DiscardChoice> ask(String name) {
        CompletableFuture<DiscardChoice> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new DiscardChangesDialog(stage).ask(name)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
