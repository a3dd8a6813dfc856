package studio.serverless.runner.tagging;

import java.util.Map;

/**
 * Where a {@link ResourceTags} reports every change before the service answers, so a store that writes each change
 * through keeps tags across restarts. {@link #NONE} keeps nothing (the in-memory default). Thread-safe.
 */
public interface TagJournal {

    /** A journal that keeps nothing. */
    TagJournal NONE = new TagJournal() {
        @Override
        public void tagsSaved(String resourceArn, Map<String, String> tags) {
        }

        @Override
        public void tagsDeleted(String resourceArn) {
        }
    };

    /** The resource's tags are now {@code tags} (never empty: an emptied resource is reported as deleted). */
    void tagsSaved(String resourceArn, Map<String, String> tags);

    /** The resource has no tags any more (untagged, or the resource was deleted). */
    void tagsDeleted(String resourceArn);
}
