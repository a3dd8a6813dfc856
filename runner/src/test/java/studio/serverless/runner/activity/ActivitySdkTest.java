package studio.serverless.runner.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sqs.SqsClient;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.lambda.engine.FunctionConfiguration;
import studio.serverless.runner.lambda.mapping.SqsMapping;

/** What a user watching a run sees, driven through the real AWS SDK v2 and boto3 inside a function. */
class ActivitySdkTest {

    private static final String SAVER = """
            import boto3

            def handler(event, context):
                table = boto3.client("dynamodb")
                for record in event["Records"]:
                    table.put_item(TableName="orders", Item={"id": {"S": record["body"]}})
            """;
    private static final String KEY_TELLER = """
            import os

            def handler(event, context):
                return os.environ["AWS_ACCESS_KEY_ID"]
            """;

    @TempDir
    Path code;
    private LocalCloud cloud;
    private SqsClient sqs;
    private DynamoDbClient outsideDynamoDb;

    @BeforeEach
    void start() {
        cloud = LocalCloud.start(0);
        sqs = SqsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        outsideDynamoDb = dynamoDb(AwsBasicCredentials.create("AKIDTEST", "secret"));
        outsideDynamoDb.createTable(b -> b.tableName("orders").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    @AfterEach
    void stop() {
        sqs.close();
        outsideDynamoDb.close();
        cloud.close();
    }

    @Test
    void aMessageShowsAsQueueToFunctionThenFunctionToTable() throws Exception {
        assumeTrue(boto3Installed(), "python3 with boto3 is needed");
        String url = sqs.createQueue(b -> b.queueName("incoming")).queueUrl();
        cloud.lambda().register(FunctionConfiguration.of("saver", "python3.13", "app.handler",
                folder(Map.of("app.py", SAVER))));
        cloud.eventSourceMappings().start(SqsMapping.of("incoming", "saver"));
        try (ActivityRecorder recorder = new ActivityRecorder(cloud.activity())) {
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("order-1"));
            List<Activity> seen = recorder.awaitMatching(a -> a.kind() == ActivityKind.INVOCATION_END);

            List<String> story = seen.stream().filter(a -> a.kind() != ActivityKind.COLD_START)
                    .map(ActivitySdkTest::line).toList();
            assertEquals(List.of(
                    "SERVICE_CALL sqs:incoming - SendMessage (outside)",
                    "DELIVERY sqs:incoming -> lambda:saver 1 message",
                    "INVOCATION_START lambda:saver - ",
                    "SERVICE_CALL lambda:saver -> dynamodb:orders PutItem",
                    "INVOCATION_END lambda:saver - "), story.stream().map(ActivitySdkTest::withoutDetails).toList());
        }
        assertEquals("order-1", outsideDynamoDb.getItem(b -> b.tableName("orders")
                .key(Map.of("id", AttributeValue.fromS("order-1")))).item().get("id").s());
    }

    @Test
    void theJavaSdkSigningWithAFunctionsKeyIsAttributedToThatFunction() throws Exception {
        cloud.lambda().register(FunctionConfiguration.of("teller", "python3.13", "app.handler",
                folder(Map.of("app.py", KEY_TELLER))));
        String key = cloud.lambda().invoke("teller", "{}".getBytes()).payloadText().replace("\"", "");
        try (ActivityRecorder recorder = new ActivityRecorder(cloud.activity());
             DynamoDbClient asFunction = dynamoDb(AwsSessionCredentials.create(key, "secret", "token"))) {
            asFunction.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("x"))));
            outsideDynamoDb.deleteItem(b -> b.tableName("orders").key(Map.of("id", AttributeValue.fromS("x"))));

            assertEquals(Optional.of("teller"), cloud.lambda().functionWithAccessKey(key));
            assertEquals(List.of("SERVICE_CALL lambda:teller -> dynamodb:orders PutItem",
                    "SERVICE_CALL dynamodb:orders - DeleteItem (outside)"),
                    recorder.seen().stream().map(ActivitySdkTest::line).toList());
        }
    }

    @Test
    void aFailedCallCarriesTheAwsErrorAndAThrowingListenerBreaksNothing() throws Exception {
        try (ActivitySubscription broken = cloud.activity().subscribe(activity -> {
                throw new IllegalStateException("a broken view");
            });
             ActivityRecorder recorder = new ActivityRecorder(cloud.activity())) {
            outsideDynamoDb.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("a"))));
            try {
                outsideDynamoDb.putItem(b -> b.tableName("missing").item(Map.of("id", AttributeValue.fromS("a"))));
            } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException expected) {
                // the user sees it on the timeline too
            }

            List<Activity> seen = recorder.seen();
            assertEquals(List.of("SERVICE_CALL dynamodb:orders - PutItem (outside)",
                    "SERVICE_CALL dynamodb:missing - PutItem (outside)",
                    "SERVICE_CALL dynamodb:missing - PutItem failed (outside)"),
                    seen.stream().map(ActivitySdkTest::line).toList());
            assertEquals(Optional.empty(), seen.get(1).error());
            assertTrue(seen.get(2).error().orElseThrow().startsWith("ResourceNotFoundException: "),
                    seen.get(2).toString());
        }
    }

    private static String line(Activity activity) {
        return activity.kind() + " " + activity.from() + " " + activity.to().map(to -> "-> " + to).orElse("-")
                + " " + activity.summary();
    }

    /** Drops request ids and durations, which change from run to run. */
    private static String withoutDetails(String line) {
        return line.replaceAll(" (START|took) .*$", " ");
    }

    private DynamoDbClient dynamoDb(AwsCredentials credentials) {
        return DynamoDbClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials(credentials)).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static StaticCredentialsProvider credentials(AwsCredentials credentials) {
        return StaticCredentialsProvider.create(credentials);
    }

    private Path folder(Map<String, String> files) throws IOException {
        Path folder = Files.createTempDirectory(code, "fn");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static boolean boto3Installed() throws Exception {
        return new ProcessBuilder("python3", "-c", "import boto3").start().waitFor() == 0;
    }
}
