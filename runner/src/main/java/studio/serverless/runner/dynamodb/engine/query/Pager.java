package studio.serverless.runner.dynamodb.engine.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import studio.serverless.runner.dynamodb.engine.value.AttributeValue;
import studio.serverless.runner.dynamodb.engine.value.ItemSize;

/**
 * The page loop shared by Query and Scan: evaluate candidates in order, count them, filter, project, and stop at
 * the Limit or at 1 MB of evaluated data, returning where to continue.
 */
final class Pager {
    /** DynamoDB stops a page after evaluating this many bytes. */
    static final long MAX_PAGE_BYTES = 1024 * 1024;

    private Pager() {
    }

    static QueryResult page(Iterator<Map<String, AttributeValue>> candidates,
                            Predicate<Map<String, AttributeValue>> keyMatches, ReadPlan plan,
                            Function<Map<String, AttributeValue>, Map<String, AttributeValue>> lastKeyOf) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        int count = 0;
        long bytes = 0;
        while (candidates.hasNext()) {
            Map<String, AttributeValue> item = candidates.next();
            if (!keyMatches.test(item)) {
                continue;
            }
            scanned++;
            bytes += ItemSize.of(item);
            if (plan.passesFilter(item)) {
                count++;
                if (!plan.countOnly()) {
                    items.add(plan.project(item));
                }
            }
            boolean full = plan.limit() != null && scanned >= plan.limit() || bytes >= MAX_PAGE_BYTES;
            if (full && candidates.hasNext()) {
                return new QueryResult(List.copyOf(items), count, scanned, lastKeyOf.apply(item));
            }
        }
        return new QueryResult(List.copyOf(items), count, scanned, null);
    }
}
