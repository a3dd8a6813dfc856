package studio.serverless.runner.sns.api;

import java.util.List;
import studio.serverless.runner.sns.engine.SnsException;

/** SNS's list paging: 100 items a page, the next page's start index as the NextToken. */
final class Pages {

    static final int PAGE_SIZE = 100;

    private Pages() {
    }

    /** The page of {@code items} that {@code nextToken} (null for the first) points at. */
    static <T> List<T> page(List<T> items, String nextToken) {
        int start = start(nextToken, items.size());
        return items.subList(start, Math.min(items.size(), start + PAGE_SIZE));
    }

    /** The token of the page after the one {@code nextToken} points at, or null when it was the last. */
    static String next(List<?> items, String nextToken) {
        int end = start(nextToken, items.size()) + PAGE_SIZE;
        return end < items.size() ? String.valueOf(end) : null;
    }

    private static int start(String nextToken, int size) {
        if (nextToken == null || nextToken.isEmpty()) {
            return 0;
        }
        try {
            int start = Integer.parseInt(nextToken);
            if (start >= 0 && start <= size) {
                return start;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw SnsException.invalidParameter("NextToken");
    }
}
