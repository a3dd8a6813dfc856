package studio.serverless.runner.sqs.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import studio.serverless.runner.sqs.engine.SqsError;
import studio.serverless.runner.sqs.engine.SqsException;

/**
 * The batch rules every SQS batch action shares (1 to 10 entries, distinct ids of letters, digits, hyphens and
 * underscores), and the batch result: each entry succeeds or fails on its own, failures listed with their code.
 * This is the only place an SqsException is turned into data rather than a whole-request error.
 */
final class BatchEntries {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private BatchEntries() {
    }

    /** Checks the batch and returns its entries; throws the whole-request error AWS sends for a bad batch. */
    static List<ActionInput> read(ActionInput input, String queryName) {
        List<ActionInput> entries = input.entries("Entries", queryName);
        if (entries.isEmpty()) {
            throw new SqsException(SqsError.EMPTY_BATCH_REQUEST,
                    "There should be at least one " + queryName + " in the request.");
        }
        if (entries.size() > 10) {
            throw new SqsException(SqsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
                    "Maximum number of entries per request are 10. You have sent " + entries.size() + ".");
        }
        Set<String> ids = new HashSet<>();
        for (ActionInput entry : entries) {
            String id = entry.required("Id");
            if (!ID.matcher(id).matches()) {
                throw new SqsException(SqsError.INVALID_BATCH_ENTRY_ID, "A batch entry id can only contain "
                        + "alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.");
            }
            if (!ids.add(id)) {
                throw new SqsException(SqsError.BATCH_ENTRY_IDS_NOT_DISTINCT, "Id " + id + " repeated.");
            }
        }
        return entries;
    }

    /** Runs {@code action} on each entry and collects the {@code Successful} and {@code Failed} lists. */
    static ActionOutput run(List<ActionInput> entries, String resultXmlName, Function<ActionInput, ActionOutput> action) {
        List<ActionOutput> successful = new ArrayList<>();
        List<ActionOutput> failed = new ArrayList<>();
        for (ActionInput entry : entries) {
            try {
                successful.add(new ActionOutput().put("Id", entry.string("Id")).putAll(action.apply(entry)));
            } catch (SqsException e) {
                failed.add(new ActionOutput().put("Id", entry.string("Id")).put("SenderFault", e.error().senderFault())
                        .put("Code", e.error().queryCode()).put("Message", e.getMessage()));
            }
        }
        return new ActionOutput().putList("Successful", resultXmlName, successful)
                .putList("Failed", "BatchResultErrorEntry", failed);
    }
}
