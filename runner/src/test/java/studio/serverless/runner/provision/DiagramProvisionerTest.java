package studio.serverless.runner.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.format.DiagramFiles;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.dynamodb.engine.table.TableDescription;

/** A diagram's queues and tables appear in the local cloud under their names, with their settings. */
class DiagramProvisionerTest {

    private final LocalCloud cloud = LocalCloud.start(0);
    private final SqsClient sqs = SqsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
            .httpClient(UrlConnectionHttpClient.create()).build();

    @AfterEach
    void stop() {
        sqs.close();
        cloud.close();
    }

    private static Diagram example(String name) throws Exception {
        return DiagramFiles.load(Path.of("..", "examples", name + ".studio.json"));
    }

    @Test
    void queuesAreCreatedWithTheirPropertiesAsAttributesAndReachableThroughTheSdk() throws Exception {
        DiagramProvisioner.forCloud(cloud).provision(example("queue-orders"));

        String url = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(
                b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributes();
        assertEquals("180", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        assertEquals("20", attributes.get(QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS));
    }

    @Test
    void aDrawnDeadLetterQueueBecomesTheRedrivePolicy() throws Exception {
        DiagramProvisioner.forCloud(cloud).provision(example("queue-orders"));

        String url = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
        String policy = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes().get(QueueAttributeName.REDRIVE_POLICY);
        assertTrue(policy.contains("arn:aws:sqs:us-east-1:000000000000:orders-dlq"), policy);
        assertTrue(policy.contains("\"maxReceiveCount\":5"), policy);
    }

    @Test
    void tablesAreCreatedWithTheirKeysAndStream() throws Exception {
        List<ProvisionedResource> created = DiagramProvisioner.forCloud(cloud).provision(
                example("order-status-changes"));

        ProvisionedResource table = created.stream().filter(r -> r.kind() == ServiceKind.DYNAMODB_TABLE)
                .findFirst().orElseThrow();
        TableDescription description = cloud.dynamoDb().describeTable(table.name());
        assertEquals("ACTIVE", description.tableStatus());
        assertTrue(description.tableArn().endsWith(":table/" + table.name()), description.tableArn());
    }

    @Test
    void aMessagePublishedToAProvisionedTopicReachesEverySubscribedQueue() throws Exception {
        List<ProvisionedResource> created = DiagramProvisioner.forCloud(cloud).provision(example("sns-fanout"));
        String topicArn = created.stream().filter(r -> r.kind() == ServiceKind.SNS_TOPIC).findFirst().orElseThrow()
                .address();

        cloud.sns().publish(topicArn, studio.serverless.runner.sns.engine.SnsMessage.of("order 42"));

        for (String queue : List.of("billing-orders", "shipping-orders")) {
            String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
            String body = sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).body();
            assertTrue(body.contains("order 42"), queue + ": " + body);
        }
    }

    @Test
    void bucketsAndScheduledRulesAreCreated() throws Exception {
        DiagramProvisioner.forCloud(cloud).provision(example("file-pipeline"));
        DiagramProvisioner.forCloud(cloud).provision(example("scheduled-job"));

        assertTrue(cloud.s3().buckets().stream().anyMatch(b -> b.name().equals("studio-example-uploads")));
        assertEquals("ENABLED",
                cloud.events().rule("default", "nightly-sales-report").state());
    }

    @Test
    void provisioningTwiceKeepsTheResources() throws Exception {
        DiagramProvisioner provisioner = DiagramProvisioner.forCloud(cloud);
        provisioner.provision(example("queue-orders"));
        sqs.sendMessage(b -> b.queueUrl(sqs.getQueueUrl(q -> q.queueName("orders")).queueUrl()).messageBody("kept"));

        provisioner.provision(example("queue-orders"));

        String url = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
        assertEquals("kept", sqs.receiveMessage(b -> b.queueUrl(url)).messages().get(0).body());
    }
}
