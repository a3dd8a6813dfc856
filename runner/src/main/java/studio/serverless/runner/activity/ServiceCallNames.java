package studio.serverless.runner.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.runner.endpoint.AwsProtocol;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.s3.api.BucketAddress;

/**
 * Reads from a request which operation it calls and on which resources, in each protocol: the JSON protocol's
 * {@code X-Amz-Target} and body fields, the query protocol's {@code Action} and parameters, the REST paths of
 * Lambda's Invoke and of S3. A batch or transaction names every table it touches.
 */
final class ServiceCallNames {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INVOKE = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations/?");
    private static final Pattern QUEUE_PATH = Pattern.compile("/[0-9]+/([^/]+)/?");

    private ServiceCallNames() {
    }

    static String operation(String signingName, AwsProtocol protocol, AwsRequest request) {
        return switch (protocol) {
            case JSON -> {
                String target = request.header("x-amz-target");
                yield target.substring(target.lastIndexOf('.') + 1);
            }
            case QUERY -> request.formParameters().getOrDefault("Action", "?");
            default -> signingName.equals("s3") ? S3OperationNames.of(request) : restOperation(request);
        };
    }

    private static String restOperation(AwsRequest request) {
        return INVOKE.matcher(request.path()).matches() ? "Invoke" : request.method() + " " + request.path();
    }

    static List<ResourceRef> targets(String signingName, AwsProtocol protocol, AwsRequest request) {
        if (signingName.equals("s3")) {
            String bucket = BucketAddress.of(request.host(), request.path()).bucket();
            return bucket == null ? List.of() : List.of(new ResourceRef(ServiceKind.S3_BUCKET, bucket));
        }
        Set<ResourceRef> targets = new LinkedHashSet<>();
        Matcher invoke = INVOKE.matcher(request.path());
        if (invoke.matches()) {
            String function = invoke.group(1);
            targets.add(ResourceRef.function(function.substring(function.lastIndexOf(':') + 1)));
        } else if (protocol == AwsProtocol.JSON) {
            fromJson(request.body(), targets);
        } else if (protocol == AwsProtocol.QUERY) {
            fromParameters(request.formParameters(), targets);
            Matcher queuePath = QUEUE_PATH.matcher(request.path());
            if (targets.isEmpty() && signingName.equals("sqs") && queuePath.matches()) {
                targets.add(ResourceRef.queue(queuePath.group(1)));
            }
        }
        return new ArrayList<>(targets);
    }

    private static void fromJson(byte[] body, Set<ResourceRef> targets) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                return;
            }
            root.fields().forEachRemaining(field -> named(field.getKey(), field.getValue().asText(), targets));
            root.path("RequestItems").fieldNames().forEachRemaining(table -> targets.add(ResourceRef.table(table)));
            for (JsonNode action : root.path("TransactItems")) {
                action.elements().forEachRemaining(
                        operation -> named("TableName", operation.path("TableName").asText(), targets));
            }
        } catch (IOException e) {
            // a malformed body was refused by its service; the call names no resource
        }
    }

    private static void fromParameters(Map<String, String> parameters, Set<ResourceRef> targets) {
        parameters.forEach((name, value) -> named(name, value, targets));
    }

    /** The resource a well-known request field names, if it is one. */
    private static void named(String field, String value, Set<ResourceRef> targets) {
        if (value == null || value.isEmpty()) {
            return;
        }
        switch (field) {
            case "TableName" -> targets.add(ResourceRef.table(value.substring(value.lastIndexOf('/') + 1)));
            case "QueueUrl" -> targets.add(ResourceRef.queue(value.substring(value.lastIndexOf('/') + 1)));
            case "StreamName" -> targets.add(new ResourceRef(ServiceKind.KINESIS_STREAM, value));
            case "TopicArn", "TargetArn", "StreamARN", "stateMachineArn" -> ResourceRef.fromArn(value)
                    .ifPresent(targets::add);
            case "executionArn" -> machineOfExecution(value, targets);
            default -> {
            }
        }
    }

    /** {@code arn:aws:states:R:A:execution:MACHINE:NAME} (or {@code express:}) runs MACHINE. */
    private static void machineOfExecution(String arn, Set<ResourceRef> targets) {
        String[] parts = arn.split(":");
        if (parts.length >= 8) {
            targets.add(new ResourceRef(ServiceKind.STEP_FUNCTIONS, parts[6]));
        }
    }
}
