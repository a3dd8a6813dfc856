package studio.serverless.runner.sns.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.provision.DiagramProvisioner;
import studio.serverless.runner.sns.engine.SnsMessage;
import studio.serverless.runner.sns.engine.Subscription;
import studio.serverless.runner.sqs.engine.ReceiveRequest;
import studio.serverless.runner.sqs.engine.ReceivedMessage;

/** Running a diagram again on the same data folder finds its topic and subscriptions once, and still fans out. */
class ProvisionedTopicsRestartTest {
    private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:order-placed";

    @TempDir
    Path data;

    @TempDir
    Path diagrams;

    @Test
    void aDiagramRunAgainKeepsOneSubscriptionPerQueueAndStillDelivers() throws Exception {
        Diagram diagram = DiagramFiles.load(Path.of("..", "examples", "sns-fanout.studio.json"));
        List<String> subscriptions;
        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            DiagramProvisioner.forCloud(cloud).provision(diagram);
            subscriptions = cloud.sns().subscriptions(TOPIC).stream().map(Subscription::arn).toList();
        }

        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            DiagramProvisioner.forCloud(cloud).provision(diagram);
            cloud.sns().publish(TOPIC, SnsMessage.of("order o-1"));

            assertEquals(2, subscriptions.size());
            assertEquals(subscriptions, cloud.sns().subscriptions(TOPIC).stream().map(Subscription::arn).toList());
            for (String queue : List.of("billing-orders", "shipping-orders")) {
                assertEquals(List.of("order o-1"), cloud.sqs().receive(queue, ReceiveRequest.of(10)).stream()
                        .map(ReceivedMessage::body).toList(), queue);
            }
        }
    }

    @Test
    void aDisplayNameEditedInTheDiagramIsAppliedToTheKeptTopic() throws Exception {
        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            DiagramProvisioner.forCloud(cloud).provision(fanOutNamed("Orders"));
        }

        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            DiagramProvisioner.forCloud(cloud).provision(fanOutNamed("Order events"));

            assertEquals("Order events", cloud.sns().topicAttributes(TOPIC).get("DisplayName"));
            assertEquals(2, cloud.sns().subscriptions(TOPIC).size());
        }
    }

    @Test
    void aQueueSubscriptionDrawnBetweenRunsIsMadeOnTheKeptTopic() throws Exception {
        Diagram full = DiagramFiles.load(Path.of("..", "examples", "sns-fanout.studio.json"));
        Diagram withoutShipping = DiagramFiles.load(Path.of("..", "examples", "sns-fanout.studio.json"));
        withoutShipping.connections().stream()
                .filter(c -> withoutShipping.require(c.target()).name().equals("shipping-orders")
                        && c.type() == studio.serverless.model.catalog.ConnectionType.SNS_SUBSCRIPTION)
                .toList().forEach(c -> withoutShipping.removeConnection(c.id()));
        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            DiagramProvisioner.forCloud(cloud).provision(withoutShipping);
            assertEquals(1, cloud.sns().subscriptions(TOPIC).size());
        }

        try (LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(data))) {
            DiagramProvisioner.forCloud(cloud).provision(full);
            cloud.sns().publish(TOPIC, SnsMessage.of("order o-2"));

            assertEquals(2, cloud.sns().subscriptions(TOPIC).size());
            assertEquals(List.of("order o-2"), cloud.sqs().receive("shipping-orders", ReceiveRequest.of(10)).stream()
                    .map(ReceivedMessage::body).toList());
        }
    }

    /** The fan-out example with its topic's display name set. */
    private Diagram fanOutNamed(String displayName) throws Exception {
        String json = Files.readString(Path.of("..", "examples", "sns-fanout.studio.json"));
        String edited = json.replace("\"fifo\": false", "\"fifo\": false, \"displayName\": \"" + displayName + "\"");
        Path file = Files.writeString(diagrams.resolve(displayName.replace(' ', '-') + ".studio.json"), edited);
        return DiagramFiles.load(file);
    }
}
