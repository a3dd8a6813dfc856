package studio.serverless.app.desktop.run.browse.buckets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.s3.S3Client;
import studio.serverless.app.desktop.run.browse.DataBrowsersView;
import studio.serverless.app.desktop.run.browse.RecordingBrowserFilePicker;
import studio.serverless.app.desktop.run.browse.RunningExample;

/** A developer uploads a file into the running file-pipeline example's bucket under a key of their choosing. */
@ExtendWith(ApplicationExtension.class)
class BucketBrowserRobotTest {

    @TempDir
    Path folder;

    private final RunningExample example = new RunningExample("file-pipeline");
    private final S3Client client = example.s3();
    private final RecordingBrowserFilePicker files = new RecordingBrowserFilePicker();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DataBrowsersView(example.cloud(), example.diagram(), files,
                question -> true), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        client.close();
        example.close();
    }

    @Test
    void anUploadedFileIsWhatGetObjectReturns(FxRobot robot) throws IOException {
        // given a file on disk and the uploads bucket open
        files.answerUploadWith(Files.writeString(folder.resolve("invoice.csv"), "id,total\n1,30\n"));
        robot.clickOn("#bucketsTab").clickOn("#bucketChooser").clickOn("studio-example-uploads");

        // when the developer uploads it and changes its key
        robot.clickOn("#uploadObject");
        WaitForAsyncUtils.waitForFxEvents();
        TextField key = robot.lookup("#uploadKey").queryAs(TextField.class);
        assertEquals("invoice.csv", key.getText());
        robot.interact(() -> key.setText("incoming/invoice.csv"));
        robot.clickOn("#confirmUpload");
        WaitForAsyncUtils.waitForFxEvents();

        // then S3 returns the file's bytes under that key, and the browser shows the new folder
        assertEquals("id,total\n1,30\n", client.getObjectAsBytes(b -> b.bucket("studio-example-uploads")
                .key("incoming/invoice.csv")).asUtf8String());
        assertTrue(robot.lookup("incoming/").tryQuery().isPresent());
    }
}
