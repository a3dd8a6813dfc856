package studio.serverless.runner.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/** SNS delivers to a function subscribed to its topic through the local cloud's function invoker. */
class FunctionDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORWARDER = """
            import json, socket

            PORT = int(open("port.txt").read())

            def handler(event, context):
                with socket.create_connection(("127.0.0.1", PORT)) as connection:
                    connection.sendall(json.dumps(event).encode())
            """;

    @TempDir
    Path code;

    @Test
    void aMessagePublishedToATopicReachesItsFunctionAsAnSnsEvent() throws Exception {
        try (FunctionTestCloud cloud = new FunctionTestCloud(code); HandlerSignal signal = new HandlerSignal();
             SnsClient sns = SnsClient.builder().endpointOverride(cloud.cloud.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(cloud.lambda.serviceClientConfiguration().credentialsProvider())
                     .httpClient(UrlConnectionHttpClient.create()).build()) {
            String function = cloud.function("python3.13", "app.handler",
                    Map.of("app.py", FORWARDER, "port.txt", Integer.toString(signal.port())));
            String topicArn = sns.createTopic(b -> b.name("orders")).topicArn();
            sns.subscribe(b -> b.topicArn(topicArn).protocol("lambda").endpoint(cloud.cloud.lambda().arn(function)));

            sns.publish(b -> b.topicArn(topicArn).message("order 42 placed"));

            signal.awaitHandler();
            JsonNode record = JSON.readTree(signal.received()).get("Records").get(0);
            assertEquals("aws:sns", record.get("EventSource").asText());
            assertEquals("order 42 placed", record.get("Sns").get("Message").asText());
        }
    }
}
