package studio.serverless.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * With a data folder, tags survive a restart in every service that keeps its state in H2 (SQS's own JDBC journal,
 * SNS's and EventBridge's journal tables, DynamoDB's table journal), and a deleted resource's tags stay deleted.
 */
class TagRestartTest {

    private static final String PATTERN = "{\"source\":[\"shop\"]}";

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock();

    private LocalCloud start() {
        return LocalCloud.start(0, clock, Optional.of(data));
    }

    private static DynamoDbClient dynamoDb(LocalCloud cloud) {
        return DynamoDbClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static void createTable(DynamoDbClient dynamodb, String name) {
        dynamodb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .tags(software.amazon.awssdk.services.dynamodb.model.Tag.builder().key("team").value("data").build()));
    }

    @Test
    void tagsOfQueuesTopicsRulesAndTablesSurviveARestart() {
        try (LocalCloud cloud = start(); PubSubClients clients = new PubSubClients(cloud);
             DynamoDbClient dynamodb = dynamoDb(cloud)) {
            String url = clients.sqs.createQueue(b -> b.queueName("orders").tags(Map.of("team", "sales"))).queueUrl();
            clients.sqs.untagQueue(b -> b.queueUrl(url).tagKeys("absent"));
            clients.sns.createTopic(b -> b.name("news").tags(snsTag("team", "press")));
            clients.events.putRule(b -> b.name("on-shop").eventPattern(PATTERN).tags(eventsTag("team", "shop")));
            createTable(dynamodb, "items");
        }

        try (LocalCloud cloud = start(); PubSubClients clients = new PubSubClients(cloud);
             DynamoDbClient dynamodb = dynamoDb(cloud)) {
            String url = clients.sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
            assertEquals(Map.of("team", "sales"), clients.sqs.listQueueTags(b -> b.queueUrl(url)).tags());
            assertEquals(Map.of("team", "press"), snsTags(clients, "arn:aws:sns:us-east-1:000000000000:news"));
            assertEquals(Map.of("team", "shop"), eventsTags(clients, "arn:aws:events:us-east-1:000000000000:rule/on-shop"));
            String table = dynamodb.describeTable(b -> b.tableName("items")).table().tableArn();
            assertEquals("data", dynamodb.listTagsOfResource(b -> b.resourceArn(table)).tags().get(0).value());
        }
    }

    @Test
    void aDeletedResourcesTagsStayDeletedAfterARestart() {
        try (LocalCloud cloud = start(); PubSubClients clients = new PubSubClients(cloud)) {
            String url = clients.sqs.createQueue(b -> b.queueName("gone").tags(Map.of("old", "yes"))).queueUrl();
            clients.sqs.deleteQueue(b -> b.queueUrl(url));
            String topic = clients.sns.createTopic(b -> b.name("gone-topic").tags(snsTag("old", "yes"))).topicArn();
            clients.sns.deleteTopic(b -> b.topicArn(topic));
        }

        try (LocalCloud cloud = start(); PubSubClients clients = new PubSubClients(cloud)) {
            String url = clients.sqs.createQueue(b -> b.queueName("gone")).queueUrl();
            assertTrue(clients.sqs.listQueueTags(b -> b.queueUrl(url)).tags().isEmpty());
            String topic = clients.sns.createTopic(b -> b.name("gone-topic")).topicArn();
            assertTrue(snsTags(clients, topic).isEmpty());
        }
    }

    private static software.amazon.awssdk.services.sns.model.Tag snsTag(String key, String value) {
        return software.amazon.awssdk.services.sns.model.Tag.builder().key(key).value(value).build();
    }

    private static software.amazon.awssdk.services.eventbridge.model.Tag eventsTag(String key, String value) {
        return software.amazon.awssdk.services.eventbridge.model.Tag.builder().key(key).value(value).build();
    }

    private static Map<String, String> snsTags(PubSubClients clients, String arn) {
        return clients.sns.listTagsForResource(b -> b.resourceArn(arn)).tags().stream().collect(Collectors.toMap(
                software.amazon.awssdk.services.sns.model.Tag::key, software.amazon.awssdk.services.sns.model.Tag::value));
    }

    private static Map<String, String> eventsTags(PubSubClients clients, String arn) {
        return clients.events.listTagsForResource(b -> b.resourceARN(arn)).tags().stream().collect(Collectors.toMap(
                software.amazon.awssdk.services.eventbridge.model.Tag::key,
                software.amazon.awssdk.services.eventbridge.model.Tag::value));
    }
}
