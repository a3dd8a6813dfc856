package studio.serverless.runner.s3.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept storage folder brings buckets, objects, metadata and notification rules back after a restart. */
class S3EngineRestartTest {

    @TempDir
    Path folder;

    @Test
    void aNewEngineOnTheSameFolderSeesWhatTheOldOneStored() throws IOException {
        S3Engine first = new S3Engine(folder, Clock.systemUTC());
        first.createBucket("kept", "eu-west-1");
        StoredObject stored = put(first, "docs/a b.txt", "hello");
        put(first, "gone", "bye");
        first.deleteObject("kept", "gone", RequestContext.internal());
        NotificationRule rule = new NotificationRule("r1", NotificationRule.Destination.QUEUE,
                "arn:aws:sqs:eu-west-1:000000000000:q", List.of("s3:ObjectCreated:*"), "docs/", ".txt");
        first.setNotifications("kept", new NotificationConfiguration(List.of(rule)));

        S3Engine second = new S3Engine(folder, Clock.systemUTC());
        assertEquals("eu-west-1", second.bucket("kept").region());
        ListPage page = second.listObjects("kept", new ListQuery("", null, 1000, ""));
        assertEquals(List.of(stored), page.contents());
        assertEquals("hello", read(second, "docs/a b.txt"));
        assertEquals(List.of(rule), second.notifications("kept").rules());
        assertThrows(S3Exception.class, () -> second.getObject("kept", "gone", Preconditions.none(), null, 0, false));
    }

    private static StoredObject put(S3Engine engine, String key, String text) {
        ReceivedBody body = engine.receive(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), -1,
                Set.of(ChecksumAlgorithm.CRC32));
        ObjectMetadata metadata = new ObjectMetadata("text/plain", null, null, null, null, null, Map.of("m", "1"));
        return engine.putObject("kept", key, body, metadata, BodyExpectations.none(), RequestContext.internal());
    }

    private static String read(S3Engine engine, String key) throws IOException {
        try (ObjectContent content = engine.getObject("kept", key, Preconditions.none(), null, 0, true)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
