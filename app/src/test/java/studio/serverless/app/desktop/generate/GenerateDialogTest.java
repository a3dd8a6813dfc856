package studio.serverless.app.desktop.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.model.validation.Validator;

/** A developer previews the generated project and writes it into a folder. */
@ExtendWith(ApplicationExtension.class)
class GenerateDialogTest {

    @TempDir
    static Path folder;

    private GenerateDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        GenerateViewModel model = new GenerateViewModel(
                DiagramFiles.load(Path.of("..", "examples", "crud-api.studio.json")), Validator.standard());
        // background work runs at once on the FX thread, so the test waits for FX events only
        dialog = new GenerateDialog(null, model, (owner, zip) -> Optional.of(folder.resolve("project")),
                Runnable::run);
        dialog.show();
    }

    @Test
    void choosingAFileInTheTreeShowsItAndGenerateWritesTheProject(FxRobot robot) throws Exception {
        // given the preview of the project
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<String> files = robot.lookup("#generatedFiles").queryAs(TreeView.class);

        // when the developer picks template.yaml
        TreeItem<String> template = files.getRoot().getChildren().stream()
                .filter(item -> item.getValue().equals("template.yaml")).findFirst().orElseThrow();
        robot.interact(() -> files.getSelectionModel().select(template));

        // then its text is shown
        String shown = robot.lookup("#filePreview").queryAs(TextArea.class).getText();
        assertTrue(shown.contains("AWSTemplateFormatVersion"), shown);

        // when they choose a folder and click Generate
        robot.clickOn("#browse").clickOn("#generate");
        WaitForAsyncUtils.waitForFxEvents();

        // then the project is in the folder and the status says so
        assertTrue(Files.exists(folder.resolve("project/template.yaml")));
        String status = robot.lookup("#generateStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Wrote "), status);
    }
}
