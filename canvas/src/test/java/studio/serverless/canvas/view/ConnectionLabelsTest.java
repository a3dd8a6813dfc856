package studio.serverless.canvas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.ServiceId;

class ConnectionLabelsTest {

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of(ConnectionType.SQS_EVENT_SOURCE, Map.of("batchSize", 10), "batch 10"),
                Arguments.of(ConnectionType.KINESIS_STREAM, Map.of("batchSize", 100), "batch 100"),
                Arguments.of(ConnectionType.DYNAMODB_ACCESS, Map.of("access", "write"), "write"),
                Arguments.of(ConnectionType.API_INTEGRATION, Map.of("route", "GET /items"), "GET /items"),
                Arguments.of(ConnectionType.S3_NOTIFICATION, Map.of("events", List.of("s3:ObjectCreated:*")),
                        "ObjectCreated:*"),
                Arguments.of(ConnectionType.S3_NOTIFICATION,
                        Map.of("events", List.of("s3:ObjectCreated:Put", "s3:ObjectRemoved:*")), "ObjectCreated:Put +1"),
                Arguments.of(ConnectionType.DEAD_LETTER_QUEUE, Map.of("maxReceiveCount", 5), "after 5 receives"),
                Arguments.of(ConnectionType.SNS_PUBLISH, Map.of(), "Publish messages"),
                Arguments.of(ConnectionType.API_INTEGRATION, Map.of(), "API integration"));
    }

    @ParameterizedTest(name = "{0} with {1} reads \"{2}\"")
    @MethodSource("labels")
    void anEdgeIsLabelledByItsMostTellingProperty(ConnectionType type, Map<String, Object> values, String label) {
        Connection connection = new Connection(new ConnectionId("c1"), type, new ServiceId("a"), new ServiceId("b"),
                PropertyValues.of(values));

        assertEquals(label, ConnectionLabels.text(connection));
    }
}
