package studio.serverless.runner.s3.engine;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param contents       the objects, in key order
 * @param commonPrefixes the rolled-up prefixes, in order
 * @param truncated      whether more follow
 * @param lastReturned   the last key or common prefix on this page (where the next page starts), or null
 */
public record ListPage(List<StoredObject> contents, List<String> commonPrefixes, boolean truncated,
        String lastReturned) {

    /** Copies the lists. */
    public ListPage {
        contents = List.copyOf(contents);
        commonPrefixes = List.copyOf(commonPrefixes);
    }
}
