package studio.serverless.app.desktop.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExampleGalleryDialogTest {

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theGalleryListsEveryExampleWithAThumbnailAndOpensTheChosenOne(FxRobot robot) throws Exception {
        // given the gallery is open
        List<Example> examples = ExampleCatalog.packaged().examples();
        CompletableFuture<Optional<Example>> chosen = show(examples);

        // then it lists every example of examples/
        ListView<?> list = robot.lookup("#exampleList").queryAs(ListView.class);
        assertEquals(ExampleCatalogTest.exampleFileNames().size(), list.getItems().size());
        assertTrue(robot.lookup("#openExampleButton").queryButton().isDisabled());
        ImageView thumbnail = robot.lookup(".example-cell ImageView").queryAs(ImageView.class);
        assertEquals(ExampleCell.THUMBNAIL_WIDTH, thumbnail.getImage().getWidth());

        // when the user scrolls to the queue example, picks it and opens it
        robot.interact(() -> list.scrollTo(indexOf(examples, "queue-orders.studio.json")));
        robot.clickOn("Queue orders");
        assertTrue(robot.lookup("#exampleDescription").queryAs(TextArea.class).getText()
                .startsWith("Taking orders faster"));
        robot.clickOn("#openExampleButton");

        // then that example is the result
        assertEquals("queue-orders.studio.json",
                chosen.get(5, TimeUnit.SECONDS).orElseThrow().fileName());
    }

    @Test
    void doubleClickingAnExampleOpensIt(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Example>> chosen = show(ExampleCatalog.packaged().examples());

        robot.doubleClickOn("CRUD API");

        assertEquals("crud-api.studio.json", chosen.get(5, TimeUnit.SECONDS).orElseThrow().fileName());
    }

    @Test
    void cancelChoosesNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Example>> chosen = show(ExampleCatalog.packaged().examples());

        robot.clickOn("CRUD API");
        Button cancel = robot.lookup("Cancel").queryButton();
        robot.clickOn(cancel);

        assertFalse(chosen.get(5, TimeUnit.SECONDS).isPresent());
    }

    private static int indexOf(List<Example> examples, String fileName) {
        return examples.stream().map(Example::fileName).toList().indexOf(fileName);
    }

    private CompletableFuture<Optional<Example>> show(List<Example> examples) {
        CompletableFuture<Optional<Example>> chosen = new CompletableFuture<>();
        Platform.runLater(() -> chosen.complete(ExampleGalleryDialog.create(stage, examples).showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();
        return chosen;
    }
}
