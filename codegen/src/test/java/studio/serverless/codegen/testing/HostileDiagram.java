package studio.serverless.codegen.testing;

import java.util.List;
import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.ConnectionId;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.diagram.PropertyValues;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.diagram.ServiceId;

/**
 * A diagram whose every service, key attribute, route path, filter and input carries one hostile text: quotes,
 * line breaks, {@code ${...}}, {@code %{...}}, unicode and the like would break or inject into a generated file if
 * written raw.
 */
public final class HostileDiagram {

    /** Texts that break or inject when pasted raw into YAML, JSON, HCL or source code. */
    public static final List<String> TEXTS = List.of("it's \"quoted\"", "line1\nline2\r\n", "${AWS::AccountId}",
            "${aws_s3_bucket.evil.arn}", "$${var.region}", "%{ if true }x%{ endif }", "%%{x}", "#{Evil}",
            "\\\" + upper(\"x\") + \"", "ü漢字🙂", "nul\u0000bell\u0007", "sep\u2028arator\u0085\u202e", "\t\\back\\",
            "} EOT\n<<EOT", "");

    private HostileDiagram() {
    }

    /** A function (triggered by an HTTP API route, a queue, a bucket and a rule) reaching a table, a bucket and a
     *  state machine that writes to the table; everything named by the text. */
    public static Diagram of(String text) {
        Diagram diagram = new Diagram();
        Service function = service("lambda-1", ServiceKind.LAMBDA_FUNCTION, text);
        Service table = service("dynamodb-1", ServiceKind.DYNAMODB_TABLE, text).withProperty("partitionKey", text);
        Service machine = service("stepfunctions-1", ServiceKind.STEP_FUNCTIONS, text);
        Service bucket = service("s3-1", ServiceKind.S3_BUCKET, text);
        Service queue = service("sqs-1", ServiceKind.SQS_QUEUE, text);
        Service topic = service("sns-1", ServiceKind.SNS_TOPIC, text).withProperty("displayName", text);
        Service rule = service("events-1", ServiceKind.EVENTBRIDGE_RULE, text)
                .withProperty("eventPattern", "{\"source\": [" + json(text) + "]}");
        Service httpApi = service("api-1", ServiceKind.API_GATEWAY, text).withProperty("apiType", "HTTP");
        Service restApi = service("api-2", ServiceKind.API_GATEWAY, text + "2").withProperty("apiType", "REST");
        List.of(function, table, machine, bucket, queue, topic, rule, httpApi, restApi).forEach(diagram::addService);
        connect(diagram, "c1", ConnectionType.DYNAMODB_ACCESS, function, table, PropertyValues.empty()
                .with("access", "read-write"));
        connect(diagram, "c2", ConnectionType.LAMBDA_INVOKE, machine, function, PropertyValues.empty());
        connect(diagram, "c3", ConnectionType.DYNAMODB_ACCESS, machine, table, PropertyValues.empty()
                .with("access", "write"));
        connect(diagram, "c4", ConnectionType.S3_ACCESS, function, bucket, PropertyValues.empty().with("access",
                "read"));
        connect(diagram, "c5", ConnectionType.STATES_START, function, machine, PropertyValues.empty());
        connect(diagram, "c6", ConnectionType.SQS_EVENT_SOURCE, queue, function, PropertyValues.empty());
        connect(diagram, "c7", ConnectionType.S3_NOTIFICATION, bucket, function, PropertyValues.empty()
                .with("prefix", text));
        connect(diagram, "c8", ConnectionType.SNS_SUBSCRIPTION, topic, queue, PropertyValues.empty()
                .with("filterPolicy", "{\"kind\": [" + json(text) + "]}"));
        connect(diagram, "c9", ConnectionType.EVENTBRIDGE_TARGET, rule, function, PropertyValues.empty()
                .with("input", "{\"note\": " + json(text) + "}"));
        connect(diagram, "c10", ConnectionType.API_INTEGRATION, httpApi, function, PropertyValues.empty()
                .with("route", "POST /" + text.replaceAll("\\s", "_")));
        connect(diagram, "c11", ConnectionType.API_INTEGRATION, restApi, machine, PropertyValues.empty()
                .with("route", "GET /" + text.replaceAll("\\s", "_")));
        return diagram;
    }

    /** A text as a JSON string literal. */
    private static String json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Service service(String id, ServiceKind kind, String name) {
        return Service.create(new ServiceId(id), kind, name, Point.ORIGIN);
    }

    private static void connect(Diagram diagram, String id, ConnectionType type, Service source, Service target,
                                PropertyValues values) {
        diagram.addConnection(new Connection(new ConnectionId(id), type, source.id(), target.id(), values));
    }
}
