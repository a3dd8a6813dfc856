package studio.serverless.app.desktop.run.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.LocalCloud;
import studio.serverless.runner.apigateway.ApiGateways;
import studio.serverless.runner.endpoint.CallerIdentity;
import studio.serverless.runner.lambda.engine.LambdaFunctionCaller;
import studio.serverless.runner.provision.ApiDefinitions;
import studio.serverless.runner.provision.DiagramProvisioner;
import studio.serverless.runner.provision.FunctionSource;
import studio.serverless.runner.stepfunctions.api.StepFunctionsAdapter;

/**
 * {@link TestDiagram} running in an in-process local cloud on free ports, as {@code studio run} runs a diagram:
 * its resources provisioned, the function {@code echo} a real python3 handler, the API served. Plus the AWS SDK
 * clients a test checks the panel's effects with.
 */
final class RunningDiagram implements AutoCloseable {

    /** The handler of {@code echo}: answers with what it got; an event {@code {"fail": true}} makes it raise. */
    static final String ECHO = """
            import json

            def handler(event, context):
                print("echo got " + json.dumps(event))
                if event.get("fail"):
                    raise ValueError("asked to fail")
                parameters = event.get("pathParameters") or {}
                answer = {"id": parameters.get("id"), "body": event.get("body")}
                return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps(answer)}
            """;

    final Diagram diagram = TestDiagram.create();
    final LocalCloud cloud;
    final ApiGateways apis;
    private final StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("checker", "secret"));

    RunningDiagram(Path codeFolder) {
        try {
            Files.writeString(codeFolder.resolve("app.py"), ECHO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cloud = LocalCloud.start(0);
        DiagramProvisioner.forCloud(cloud, function -> new FunctionSource(codeFolder, Map.of())).provision(diagram);
        apis = ApiGateways.start(ApiDefinitions.of(diagram), new LambdaFunctionCaller(cloud.lambda()),
                new StepFunctionsAdapter(cloud.stepFunctions()), 0, CallerIdentity.ACCOUNT_ID);
    }

    /** The panel's entry points, sending with {@code clients}. */
    List<EntryAction> entryPoints(CloudClients clients) {
        return EntryPoints.of(diagram, apis.listeners(), clients, HttpClient.newHttpClient());
    }

    URI endpoint() {
        return cloud.endpoint();
    }

    /** The messages waiting in {@code queue} (received with the SDK, waiting up to 5 s for the first). */
    List<Message> receive(String queue) {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build()) {
            String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
            return sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(5)
                    .messageAttributeNames("All").messageSystemAttributeNames(
                            software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName.ALL)).messages();
        }
    }

    S3Client s3() {
        return S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    SfnClient stepFunctions() {
        return SfnClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public void close() {
        apis.close();
        cloud.close();
    }
}
