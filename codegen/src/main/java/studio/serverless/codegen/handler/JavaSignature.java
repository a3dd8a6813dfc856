package studio.serverless.codegen.handler;

import java.util.List;

/**
 * The types of a Java handler's {@code RequestHandler<Event, Response>}: the aws-lambda-java-events class of its
 * one kind of trigger, or a {@code Map} for Step Functions tasks, direct invocations and functions invoked by
 * several kinds of events (Lambda then hands the event over as parsed JSON).
 *
 * @param trigger   the one trigger source the types are for, or {@code map}
 * @param eventType the simple name of the event type
 * @param responseType the simple name of the response type
 */
public record JavaSignature(String trigger, String eventType, String responseType) {

    private static final String MAP = "Map<String, Object>";

    /** The signature of a function's handler. */
    public static JavaSignature of(FunctionCode function) {
        List<Trigger> triggers = function.triggers();
        if (triggers.size() != 1) {
            return new JavaSignature("map", MAP, MAP);
        }
        Trigger trigger = triggers.get(0);
        return switch (trigger.source()) {
            case "sqs" -> new JavaSignature("sqs", "SQSEvent", trigger.reportBatchItemFailures()
                    ? "SQSBatchResponse" : "Void");
            case "s3" -> new JavaSignature("s3", "S3Event", "Void");
            case "sns" -> new JavaSignature("sns", "SNSEvent", "Void");
            case "dynamodb" -> new JavaSignature("dynamodb", "DynamodbEvent", "Void");
            case "kinesis" -> new JavaSignature("kinesis", "KinesisEvent", "Void");
            case "eventbridge" -> new JavaSignature("eventbridge", "ScheduledEvent", MAP);
            case "http-api" -> new JavaSignature("http-api", "APIGatewayV2HTTPEvent", "APIGatewayV2HTTPResponse");
            case "rest-api" -> new JavaSignature("rest-api", "APIGatewayProxyRequestEvent",
                    "APIGatewayProxyResponseEvent");
            default -> new JavaSignature("map", MAP, MAP);
        };
    }

    /** Whether the handler takes a typed event of the events library (not a Map). */
    public boolean typed() {
        return !trigger.equals("map");
    }
}
