package studio.serverless.runner.s3.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Walks a bucket's key index for ListObjects: prefix, delimiter roll-up, paging after a key or prefix. */
final class ObjectListing {

    private ObjectListing() {
    }

    static ListPage list(Bucket bucket, ListQuery query) {
        NavigableMap<String, StoredObject> from = query.after().compareTo(query.prefix()) < 0
                ? bucket.objects().tailMap(query.prefix(), true) : bucket.objects().tailMap(query.after(), false);
        List<StoredObject> contents = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String last = null;
        for (Map.Entry<String, StoredObject> entry : from.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(query.prefix())) {
                break;
            }
            String group = commonPrefix(key, query);
            if (group != null && (group.equals(last) || group.compareTo(query.after()) <= 0)) {
                continue;
            }
            if (contents.size() + prefixes.size() >= query.maxKeys()) {
                return new ListPage(contents, prefixes, true, last);
            }
            if (group != null) {
                prefixes.add(group);
                last = group;
            } else {
                contents.add(entry.getValue());
                last = key;
            }
        }
        return new ListPage(contents, prefixes, false, last);
    }

    private static String commonPrefix(String key, ListQuery query) {
        if (query.delimiter() == null) {
            return null;
        }
        int at = key.indexOf(query.delimiter(), query.prefix().length());
        return at < 0 ? null : key.substring(0, at + query.delimiter().length());
    }
}
