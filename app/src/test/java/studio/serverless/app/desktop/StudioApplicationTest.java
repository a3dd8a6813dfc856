package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StudioApplicationTest {

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
        new StudioApplication().start(primaryStage);
    }

    @Test
    void theWindowOpensWithItsTitleAndMenu(FxRobot robot) {
        // given the app has started
        WaitForAsyncUtils.waitForFxEvents();

        // then
        MenuBar menu = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        assertEquals("Serverless Studio", stage.getTitle());
        assertEquals(List.of("File", "Help"), menu.getMenus().stream().map(Menu::getText).toList());
        assertEquals(List.of("New", "Open…", "Quit"),
                menu.getMenus().get(0).getItems().stream().map(MenuItem::getText).toList());
    }

    @Test
    void anEmptyWindowOffersToOpenADiagram(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        Button open = robot.lookup("#openButton").queryButton();
        assertTrue(open.isVisible());
        assertEquals("Open…", open.getText());
    }

    @Test
    void fileNewShowsAnUntitledDiagram(FxRobot robot) {
        // when
        robot.clickOn("File").clickOn("New");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals("Untitled — Serverless Studio", stage.getTitle());
        assertEquals("Untitled: 0 services, 0 errors, 0 warnings",
                robot.lookup("#diagramSummary").queryAs(Label.class).getText());
    }
}
