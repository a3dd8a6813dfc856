package studio.serverless.app.desktop.run.browse.buckets;

import java.time.Instant;

/**
 * One line of a bucket listing: an object, or a "folder" (a common prefix up to the next {@code /}).
 *
 * @param key          the object's key, or the folder's whole prefix ending in {@code /}
 * @param name         what is shown: the key after the current prefix
 * @param folder       whether this is a folder
 * @param size         the object's size in bytes (0 for a folder)
 * @param lastModified when the object was written, or null for a folder
 */
public record BucketEntry(String key, String name, boolean folder, long size, Instant lastModified) {
}
