package studio.serverless.codegen.testing;

import java.util.List;
import java.util.Random;
import studio.serverless.model.diagram.Service;

/** Varies the settings of a new service so random diagrams cover the generator's branches. */
final class RandomSettings {

    private RandomSettings() {
    }

    static Service vary(Service service, Random random) {
        return switch (service.kind()) {
            case LAMBDA_FUNCTION -> random.nextBoolean() ? service
                    : service.withProperty("reservedConcurrency", 5).withProperty("asyncMaximumRetryAttempts", 0)
                            .withProperty("architecture", "arm64").withProperty("memorySize", 1024);
            case SQS_QUEUE -> random.nextInt(4) == 0 ? service.withName(service.name() + ".fifo")
                    .withProperty("fifo", true).withProperty("contentBasedDeduplication", true) : service;
            case DYNAMODB_TABLE -> random.nextBoolean() ? service
                    : service.withProperty("sortKey", "createdAt").withProperty("sortKeyType", "N")
                            .withProperty("streamViewType", "NEW_AND_OLD_IMAGES").withProperty("timeToLiveAttribute",
                                    "expiresAt").withProperty("billingMode", "PROVISIONED");
            case EVENTBRIDGE_RULE -> random.nextBoolean() ? service.withProperty("trigger", "SCHEDULE")
                    : service.withProperty("eventPattern", "{\"source\": [\"orders\"]}");
            case API_GATEWAY -> service.withProperty("routes", List.of())
                    .withProperty("apiType", random.nextBoolean() ? "REST" : "HTTP").withProperty("cors", true);
            case KINESIS_STREAM -> random.nextBoolean() ? service
                    : service.withProperty("streamMode", "PROVISIONED").withProperty("shardCount", 2);
            case S3_BUCKET -> service.withProperty("versioning", random.nextBoolean());
            case STEP_FUNCTIONS -> random.nextBoolean() ? service : service.withProperty("type", "EXPRESS");
            case SNS_TOPIC -> service.withProperty("displayName", "Topic \"" + service.name() + "\"");
        };
    }
}
