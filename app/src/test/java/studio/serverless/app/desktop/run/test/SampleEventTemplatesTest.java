package studio.serverless.app.desktop.run.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample events shipped with the app are AWS's (the SAM CLI's, in shared/reference/events) unchanged, and
 * come with their licence.
 */
class SampleEventTemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"apigateway-AwsProxy.json", "apigateway-HttpApi.json", "sqs-Sqs.json", "sns-Sns.json",
        "s3-S3Put.json", "cloudwatch-ScheduledEvent.json", "dynamodb-DynamoDBUpdate.json", "kinesis-Kinesis.json",
        "LICENSE"})
    void theShippedFileIsTheReferenceFile(String file) throws IOException {
        try (InputStream shipped = EventTemplate.class.getResourceAsStream("events/" + file)) {
            assertNotNull(shipped, file);
            assertEquals(Files.readString(referenceEvents().resolve(file)),
                    new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * shared/reference/events in the nearest folder above this module that has it (CI: beside the clone), or under
     * the folder {@code -Dstudio.reference} names (as `.ci/run` passes when the clone is elsewhere).
     */
    private static Path referenceEvents() {
        String configured = System.getProperty("studio.reference");
        if (configured != null) {
            return Path.of(configured).resolve("events");
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared").resolve("reference").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/reference/events above " + Path.of("").toAbsolutePath());
    }
}
