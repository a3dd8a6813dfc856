package studio.serverless.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.app.testing.ManualTimer;

@ExtendWith(ApplicationExtension.class)
class StudioApplicationTest {

    @TempDir
    Path settings;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
        new StudioApplication(settings, new ManualTimer()).start(primaryStage);
    }

    @Test
    void theWindowOpensOnANewDiagramWithEveryPanel(FxRobot robot) {
        // given the app has started
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals("Untitled — Serverless Studio", stage.getTitle());
        for (String id : List.of("#palette", "#canvas", "#inspector", "#problems", "#statusBar", "#toolbar")) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id);
        }
    }

    @Test
    void theMenusOfferTheMainActions(FxRobot robot) {
        MenuBar menu = robot.lookup("#mainMenu").queryAs(MenuBar.class);

        assertEquals(List.of("_File", "_Edit", "_View", "_Arrange", "_Project", "_Run", "_Help"),
                menu.getMenus().stream().map(Menu::getText).toList());
        assertEquals(List.of("_New", "New from _Example…", "_Open…", "Open Recent", "_Save", "Save _As…", "Export _PNG…",
                "Export S_VG…", "_Quit"), texts(menu.getMenus().get(0)));
        assertEquals(List.of("Undo", "Redo", "Cu_t", "_Copy", "_Paste", "D_uplicate", "_Delete", "Select _All",
                "_Find Service…"), texts(menu.getMenus().get(1)));
        assertEquals(List.of("_Generate…"), texts(menu.getMenus().get(4)));
        assertEquals(List.of("_Run", "_Stop"), texts(menu.getMenus().get(5)));
    }

    @Test
    void theDarkThemeRestylesTheWindowAndIsKeptForTheNextStart(FxRobot robot) {
        // when
        robot.clickOn("View").clickOn("Dark Theme");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("dark-theme"));

        // when the app starts again
        Stage restarted = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Stage next = new Stage();
            new StudioApplication(settings, new ManualTimer()).start(next);
            return next;
        }));

        // then it is dark from the start
        assertTrue(restarted.getScene().getRoot().getStyleClass().contains("dark-theme"));
        MenuBar menu = (MenuBar) restarted.getScene().lookup("#mainMenu");
        assertTrue(menu.getMenus().get(2).getItems().stream().filter(item -> "darkThemeMenuItem".equals(item.getId()))
                .map(RadioMenuItem.class::cast).findFirst().orElseThrow().isSelected());
        robot.interact(restarted::close);
    }

    private static List<String> texts(Menu menu) {
        return menu.getItems().stream().map(MenuItem::getText).filter(text -> text != null).toList();
    }
}
