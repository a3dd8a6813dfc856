package studio.serverless.app.desktop.run.browse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import studio.serverless.app.desktop.run.browse.DataBrowsersView;
import studio.serverless.app.desktop.run.browse.RecordingBrowserFilePicker;
import studio.serverless.app.desktop.run.browse.RunningExample;

/** A developer fixes an item of the running crud-api example in the table browser; the API then reads the fix. */
@ExtendWith(ApplicationExtension.class)
class TableBrowserRobotTest {

    private final RunningExample example = new RunningExample("crud-api");
    private final DynamoDbClient client = example.dynamoDb();

    @Start
    void start(Stage stage) {
        client.putItem(b -> b.tableName("studio-example-items").item(Map.of("id", AttributeValue.fromS("lamp-1"),
                "price", AttributeValue.fromN("20"))));
        stage.setScene(new Scene(new DataBrowsersView(example.cloud(), example.diagram(),
                new RecordingBrowserFilePicker(), question -> true), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        client.close();
        example.close();
    }

    @Test
    void anItemEditedInTheBrowserIsWhatTheSdkReads(FxRobot robot) {
        // given the items of the table
        robot.clickOn("#tableChooser").clickOn("studio-example-items");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 item", robot.lookup("#tableStatus").queryAs(Label.class).getText());

        // when the developer edits the item and saves it
        robot.clickOn("lamp-1").clickOn("#editItem");
        TextArea text = robot.lookup("#itemText").queryAs(TextArea.class);
        assertTrue(text.getText().contains("\"N\" : \"20\""), text.getText());
        robot.interact(() -> text.setText(text.getText().replace("\"20\"", "\"25\"")));
        robot.clickOn("#saveItem");
        WaitForAsyncUtils.waitForFxEvents();

        // then the SDK reads the new price, and the preview shows the saved item
        assertEquals("25", client.getItem(b -> b.tableName("studio-example-items")
                .key(Map.of("id", AttributeValue.fromS("lamp-1")))).item().get("price").n());
        assertEquals(0, robot.lookup("#itemEditor").queryAll().size());
    }
}
