package studio.serverless.runner.activity;

import java.util.Optional;
import studio.serverless.model.catalog.ServiceKind;

/** Reads which resource an ARN names, for the activity of deliveries that know their targets by ARN. */
final class ArnResources {

    private ArnResources() {
    }

    static Optional<ResourceRef> resolve(String arn) {
        if (arn == null || !arn.startsWith("arn:")) {
            return Optional.empty();
        }
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return Optional.empty();
        }
        String resource = parts[5];
        return switch (parts[2]) {
            case "lambda" -> afterPrefix(resource, "function:", ServiceKind.LAMBDA_FUNCTION);
            case "sqs" -> Optional.of(new ResourceRef(ServiceKind.SQS_QUEUE, resource));
            case "sns" -> Optional.of(new ResourceRef(ServiceKind.SNS_TOPIC, resource.split(":")[0]));
            case "states" -> afterPrefix(resource, "stateMachine:", ServiceKind.STEP_FUNCTIONS);
            case "dynamodb" -> afterPrefix(resource, "table/", ServiceKind.DYNAMODB_TABLE);
            case "kinesis" -> afterPrefix(resource, "stream/", ServiceKind.KINESIS_STREAM);
            case "events" -> rule(resource);
            case "s3" -> Optional.of(new ResourceRef(ServiceKind.S3_BUCKET, resource.split("/")[0]));
            default -> Optional.empty();
        };
    }

    /** The name after {@code prefix}, up to the next {@code :} or {@code /} (a version, a stream label). */
    private static Optional<ResourceRef> afterPrefix(String resource, String prefix, ServiceKind kind) {
        if (!resource.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = resource.substring(prefix.length()).split("[:/]")[0];
        return name.isEmpty() ? Optional.empty() : Optional.of(new ResourceRef(kind, name));
    }

    /** {@code rule/NAME} on the default bus, {@code rule/BUS/NAME} on another. */
    private static Optional<ResourceRef> rule(String resource) {
        if (!resource.startsWith("rule/")) {
            return Optional.empty();
        }
        String path = resource.substring("rule/".length());
        return Optional.of(new ResourceRef(ServiceKind.EVENTBRIDGE_RULE, path.substring(path.lastIndexOf('/') + 1)));
    }
}
