package studio.serverless.app.desktop.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RecentFilesMenuTest {

    @TempDir
    static Path settings;
    @TempDir
    static Path designs;

    private final List<Path> opened = new ArrayList<>();
    private RecentFiles recent;
    private Menu openRecent;

    @Start
    void start(Stage stage) throws IOException {
        recent = new RecentFiles(settings);
        recent.clear();
        recent.add(diagram("billing_v2"));
        recent.add(diagram("orders"));
        openRecent = RecentFilesMenu.create(recent, opened::add, problem -> { });
        stage.setScene(new Scene(new BorderPane(null, new MenuBar(new Menu("File", null, openRecent)), null, null,
                null), 600, 400));
        stage.show();
    }

    @Test
    void theMenuListsRecentFilesNewestFirstAndOpensTheChosenOne(FxRobot robot) {
        // when
        robot.clickOn("File").clickOn("Open Recent").clickOn("1 orders.studio.json  (" + designs + ")");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(List.of(designs.resolve("orders.studio.json")), opened);
        assertEquals("_2 billing__v2.studio.json  (" + designs + ")", openRecent.getItems().get(1).getText());
    }

    @Test
    void clearRecentEmptiesTheListAndTheMenu(FxRobot robot) {
        // when
        robot.clickOn("File").clickOn("Open Recent").clickOn("Clear Recent");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertEquals(List.of(), recent.list());
        List<String> items = openRecent.getItems().stream().map(MenuItem::getText).toList();
        assertEquals(Arrays.asList("No Recent Files", null, "Clear Recent"), items);
        assertTrue(openRecent.getItems().get(0).isDisable());
    }

    private static Path diagram(String name) throws IOException {
        return Files.writeString(designs.resolve(name + ".studio.json"), "{}");
    }
}
