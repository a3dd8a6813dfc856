package studio.serverless.app.desktop.run.browse.buckets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.serverless.app.desktop.run.browse.DiagramResources;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.runner.s3.engine.BodyExpectations;
import studio.serverless.runner.s3.engine.ListPage;
import studio.serverless.runner.s3.engine.ListQuery;
import studio.serverless.runner.s3.engine.ObjectContent;
import studio.serverless.runner.s3.engine.Preconditions;
import studio.serverless.runner.s3.engine.RequestContext;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * The bucket browser: the diagram's buckets, and the chosen one's objects one "folder" (prefix up to a
 * {@code /}) at a time; download to a file, upload a file under an editable key, delete. Uploads go through the
 * S3 engine as a PutObject does, so the bucket's event notifications fire as they would for a client.
 */
public final class BucketBrowserViewModel {

    private final S3Engine s3;
    private final List<String> buckets;
    private final ObservableList<BucketEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper prefix = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String bucket;

    /** A browser of the buckets of {@code diagram} in {@code s3}. */
    public BucketBrowserViewModel(S3Engine s3, Diagram diagram) {
        this.s3 = s3;
        this.buckets = DiagramResources.names(diagram, ServiceKind.S3_BUCKET);
    }

    /** The diagram's buckets, by name. */
    public List<String> buckets() {
        return buckets;
    }

    /** The folders, then the objects, directly under the current prefix. */
    public ObservableList<BucketEntry> entries() {
        return entries;
    }

    /** The folder shown: a key prefix ending in {@code /}, or empty for the bucket's top. */
    public ReadOnlyStringProperty prefixProperty() {
        return prefix.getReadOnlyProperty();
    }

    /** What the last action did, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Chooses a bucket and lists its top. */
    public void select(String bucketName) {
        bucket = bucketName;
        prefix.set("");
        refresh();
    }

    /** Opens a folder entry (objects are not opened). */
    public void open(BucketEntry entry) {
        if (entry.folder()) {
            prefix.set(entry.key());
            refresh();
        }
    }

    /** Goes up one folder. */
    public void up() {
        String current = prefix.get();
        if (!current.isEmpty()) {
            int slash = current.lastIndexOf('/', current.length() - 2);
            prefix.set(slash < 0 ? "" : current.substring(0, slash + 1));
            refresh();
        }
    }

    /** Lists the current folder again. */
    public void refresh() {
        if (bucket == null) {
            return;
        }
        try {
            entries.setAll(list(prefix.get()));
        } catch (S3Exception e) {
            fail(e);
        }
    }

    /** The key a file uploaded here gets unless the person changes it: the folder plus the file's name. */
    public String suggestedKey(Path file) {
        return prefix.get() + file.getFileName();
    }

    /** Uploads {@code file} as {@code key}; false with the reason in {@link #statusProperty()} when refused. */
    public boolean upload(Path file, String key) {
        try (InputStream in = Files.newInputStream(file)) {
            s3.putObject(bucket, key, s3.receive(in, Files.size(file), Set.of()), ObjectUploads.metadata(file),
                    BodyExpectations.none(),
                    RequestContext.internal());
            refresh();
            status.set("Uploaded " + file.getFileName() + " as " + key + ".");
            return true;
        } catch (S3Exception e) {
            fail(e);
        } catch (IOException | UncheckedIOException e) {
            status.set("Cannot read " + file + ": " + e.getMessage());
        }
        return false;
    }

    /** Writes object {@code key} to {@code target}; false with the reason in {@link #statusProperty()}. */
    public boolean download(String key, Path target) {
        try (ObjectContent content = s3.getObject(bucket, key, Preconditions.none(), null,
                0, true); OutputStream out = Files.newOutputStream(target)) {
            content.writeTo(out);
            status.set("Downloaded " + key + " to " + target + ".");
            return true;
        } catch (S3Exception e) {
            fail(e);
        } catch (IOException | UncheckedIOException e) {
            status.set("Cannot write " + target + ": " + e.getMessage());
        }
        return false;
    }

    /** Deletes object {@code key}. */
    public void delete(String key) {
        try {
            s3.deleteObject(bucket, key, RequestContext.internal());
            refresh();
            status.set("Deleted " + key + ".");
        } catch (S3Exception e) {
            fail(e);
        }
    }

    private List<BucketEntry> list(String folder) {
        List<BucketEntry> folders = new ArrayList<>();
        List<BucketEntry> objects = new ArrayList<>();
        String after = "";
        ListPage page;
        do {
            page = s3.listObjects(bucket, new ListQuery(folder, "/", ListQuery.MAX_KEYS, after));
            page.commonPrefixes().forEach(common -> folders.add(new BucketEntry(common,
                    common.substring(folder.length()), true, 0, null)));
            page.contents().forEach(object -> objects.add(new BucketEntry(object.key(),
                    object.key().substring(folder.length()), false, object.size(), object.lastModified())));
            after = page.lastReturned();
        } while (page.truncated());
        folders.addAll(objects);
        return folders;
    }

    private void fail(S3Exception e) {
        status.set(e.error().code() + ": " + (e.getMessage() == null ? "" : e.getMessage()));
    }
}
