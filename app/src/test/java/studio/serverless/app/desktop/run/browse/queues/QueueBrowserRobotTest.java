package studio.serverless.app.desktop.run.browse.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.app.desktop.run.browse.DataBrowsersView;
import studio.serverless.app.desktop.run.browse.RecordingBrowserFilePicker;
import studio.serverless.app.desktop.run.browse.RunningExample;

/** A developer looks into the dead-letter queue of the running queue-orders example and redrives it. */
@ExtendWith(ApplicationExtension.class)
class QueueBrowserRobotTest {

    private final RunningExample example = new RunningExample("queue-orders");
    private final SqsClient client = example.sqs();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DataBrowsersView(example.cloud(), example.diagram(),
                new RecordingBrowserFilePicker(), question -> true), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        client.close();
        example.close();
    }

    private String url(String queue) {
        return client.getQueueUrl(b -> b.queueName(queue)).queueUrl();
    }

    private List<Message> receive(String queue) {
        return client.receiveMessage(b -> b.queueUrl(url(queue)).maxNumberOfMessages(10).waitTimeSeconds(0)
                .visibilityTimeout(0).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    @Test
    void aDeadLetterIsPeekedThenRedrivenToItsQueue(FxRobot robot) {
        // given an order that failed once and went to the dead-letter queue
        String dlqArn = example.cloud().sqs().queue("orders-dlq").arn();
        client.setQueueAttributes(b -> b.queueUrl(url("orders")).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":1}")));
        client.sendMessage(b -> b.queueUrl(url("orders")).messageBody("{\"orderId\":\"o-7\"}"));
        receive("orders");
        receive("orders");

        // when the developer opens the dead-letter queue and looks at the message
        robot.clickOn("#queuesTab").clickOn("#queueChooser").clickOn("orders-dlq");
        robot.clickOn("{\"orderId\":\"o-7\"}");
        WaitForAsyncUtils.waitForFxEvents();

        // then they see it, and looking did not receive it
        String details = robot.lookup("#messageDetails").queryAs(TextArea.class).getText();
        assertTrue(details.contains("{\"orderId\":\"o-7\"}") && details.contains("ApproximateReceiveCount = 1"),
                details);
        assertEquals("1 waiting · 0 in flight · 0 delayed", robot.lookup("#queueDepth").queryAs(Label.class)
                .getText());

        // when they redrive it
        robot.clickOn("#redriveMessages");
        WaitForAsyncUtils.waitForFxEvents();

        // then it is back in orders for the consumer
        assertEquals("Moved 1 message back to the source queue.",
                robot.lookup("#queueStatus").queryAs(Label.class).getText());
        assertEquals("{\"orderId\":\"o-7\"}", receive("orders").get(0).body());
    }
}
