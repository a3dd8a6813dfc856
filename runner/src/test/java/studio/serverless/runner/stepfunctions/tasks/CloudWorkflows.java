package studio.serverless.runner.stepfunctions.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import studio.serverless.runner.LocalCloud;

/**
 * A running local cloud with real AWS SDK v2 clients, and state machines created and run through SfnClient. An
 * execution is awaited on its completion future, not by polling.
 */
final class CloudWorkflows implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::000000000000:role/StatesRole";
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));

    final LocalCloud cloud = LocalCloud.start(0);
    final SfnClient sfn = SfnClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    final DynamoDbClient dynamoDb = DynamoDbClient.builder().endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create())
            .build();
    final SqsClient sqs = SqsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    final SnsClient sns = SnsClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    final EventBridgeClient events = EventBridgeClient.builder().endpointOverride(cloud.endpoint())
            .region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create()).build();

    private int machines;

    /** Creates a state machine and answers its ARN. */
    String machine(String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE)).stateMachineArn();
    }

    /** Runs a new machine with {@code definition} on {@code input} to its end and describes the execution. */
    DescribeExecutionResponse run(String definition, String input) {
        String machine = machine("Workflow" + ++machines, definition);
        return await(sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn());
    }

    /** Waits (at most ten seconds) for an execution to end and describes it. */
    DescribeExecutionResponse await(String executionArn) {
        try {
            cloud.stepFunctions().execution(executionArn).completion().get(10, TimeUnit.SECONDS);
        } catch (Exception notEnded) {
            throw new AssertionError("the execution did not end: " + executionArn, notEnded);
        }
        return sfn.describeExecution(b -> b.executionArn(executionArn));
    }

    /** Parses JSON text. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sfn.close();
        dynamoDb.close();
        sqs.close();
        sns.close();
        events.close();
        cloud.stop();
    }
}
