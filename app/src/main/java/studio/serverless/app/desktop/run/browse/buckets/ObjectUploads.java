package studio.serverless.app.desktop.run.browse.buckets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import studio.serverless.runner.s3.engine.ObjectMetadata;

/** What an uploaded file is stored with: its content type as the platform guesses it from the name, if any. */
final class ObjectUploads {

    private ObjectUploads() {
    }

    static ObjectMetadata metadata(Path file) {
        String contentType;
        try {
            contentType = Files.probeContentType(file);
        } catch (IOException e) {
            contentType = null;
        }
        return new ObjectMetadata(contentType, null, null, null, null, null, Map.of());
    }
}
