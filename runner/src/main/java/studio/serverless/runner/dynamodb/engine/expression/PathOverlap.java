package studio.serverless.runner.dynamodb.engine.expression;

import java.util.List;

/** Refuses two document paths of one expression that overlap or conflict, with AWS's messages. */
final class PathOverlap {
    private PathOverlap() {
    }

    static void requireDisjoint(List<DocumentPath> paths, TokenCursor cursor) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                check(paths.get(i), paths.get(j), cursor);
            }
        }
    }

    private static void check(DocumentPath one, DocumentPath two, TokenCursor cursor) {
        if (one.startsWith(two) || two.startsWith(one)) {
            throw cursor.error("Two document paths overlap with each other; must remove or rewrite one of these "
                    + "paths; path one: " + one + ", path two: " + two);
        }
        int shared = Math.min(one.elements().size(), two.elements().size());
        for (int k = 0; k < shared; k++) {
            PathElement a = one.elements().get(k);
            PathElement b = two.elements().get(k);
            if (a.getClass() != b.getClass()) {
                throw cursor.error("Two document paths conflict with each other; must remove or rewrite one of "
                        + "these paths; path one: " + one + ", path two: " + two);
            }
            if (!a.equals(b)) {
                return;
            }
        }
    }
}
