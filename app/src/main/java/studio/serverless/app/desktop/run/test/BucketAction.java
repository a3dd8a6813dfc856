package studio.serverless.app.desktop.run.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Uploads a file to a bucket under a key (blank: the file's name after the first notification's prefix) with a
 * content type (blank: guessed from the file); the bucket's notifications then fire as for any upload.
 */
final class BucketAction implements EntryAction {

    private final String bucket;
    private final String keyPrefix;
    private final CloudClients clients;

    BucketAction(String bucket, String keyPrefix, CloudClients clients) {
        this.bucket = bucket;
        this.keyPrefix = keyPrefix;
        this.clients = clients;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.BUCKET;
    }

    @Override
    public String name() {
        return bucket;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.of("file", "File", FieldKind.FILE, ""),
                FormField.of("key", "Key (blank: " + keyPrefix + "FILE NAME)", FieldKind.LINE, ""),
                FormField.of("contentType", "Content type (blank: guessed)", FieldKind.LINE, ""));
    }

    @Override
    public ActionResult perform(FormValues values) {
        Path file = Path.of(values.text("file").strip());
        String key = values.optional("key").orElse(keyPrefix + file.getFileName());
        String contentType = values.optional("contentType").orElseGet(() -> guessType(file));
        try {
            byte[] content = Files.readAllBytes(file);
            PutObjectResponse put = clients.s3().putObject(b -> b.bucket(bucket).key(key).contentType(contentType),
                    RequestBody.fromBytes(content));
            return ActionResult.ok("Uploaded " + content.length + " bytes to s3://" + bucket + "/" + key,
                    new ResultSection("Key", key), new ResultSection("Content type", contentType),
                    new ResultSection("ETag", put.eTag()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String guessType(Path file) {
        try {
            return Optional.ofNullable(Files.probeContentType(file)).orElse("application/octet-stream");
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }
}
