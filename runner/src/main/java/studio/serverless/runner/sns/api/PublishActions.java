package studio.serverless.runner.sns.api;

import static studio.serverless.runner.sns.api.TopicActions.action;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import studio.serverless.runner.sns.engine.PublishResult;
import studio.serverless.runner.sns.engine.SnsEngine;
import studio.serverless.runner.sns.engine.SnsError;
import studio.serverless.runner.sns.engine.SnsException;
import studio.serverless.runner.sns.engine.SnsMessage;

/** Publish and PublishBatch (1 to 10 entries, distinct ids; each entry is published or fails on its own). */
final class PublishActions {

    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final int MAX_BATCH_BYTES = 262_144;

    private PublishActions() {
    }

    static List<SnsAction> all() {
        return List.of(action("Publish", (input, engine, caller, result) -> {
            String topicArn = input.string("TopicArn") != null ? input.string("TopicArn") : input.string("TargetArn");
            if (topicArn == null || topicArn.isEmpty()) {
                throw SnsException.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
            }
            PublishResult published = engine.publish(topicArn, message(input));
            result.element("MessageId", published.messageId()).element("SequenceNumber", published.sequenceNumber());
        }), action("PublishBatch", (input, engine, caller, result) -> publishBatch(input, engine, result)));
    }

    private static SnsMessage message(SnsInput input) {
        return new SnsMessage(input.string("Message"), input.string("Subject"),
                input.messageAttributes("MessageAttributes"), input.string("MessageStructure"),
                input.string("MessageGroupId"), input.string("MessageDeduplicationId"));
    }

    private static void publishBatch(SnsInput input, SnsEngine engine, XmlResult result) {
        String topicArn = engine.topic(input.required("TopicArn")).arn();
        List<SnsInput> entries = checkedEntries(input);
        XmlResult failed = new XmlResult();
        result.open("Successful");
        for (SnsInput entry : entries) {
            try {
                PublishResult published = engine.publish(topicArn, message(entry));
                result.open("member").element("Id", entry.string("Id")).element("MessageId", published.messageId())
                        .element("SequenceNumber", published.sequenceNumber()).close("member");
            } catch (SnsException e) {
                failed.open("member").element("Id", entry.string("Id")).element("Code", e.error().code())
                        .element("Message", e.getMessage()).element("SenderFault", "true").close("member");
            }
        }
        result.close("Successful").open("Failed");
        result.raw(failed).close("Failed");
    }

    private static List<SnsInput> checkedEntries(SnsInput input) {
        List<SnsInput> entries = input.members("PublishBatchRequestEntries");
        if (entries.isEmpty()) {
            throw new SnsException(SnsError.EMPTY_BATCH_REQUEST, "The batch request doesn't contain any entries");
        }
        if (entries.size() > 10) {
            throw new SnsException(SnsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
                    "The batch request contains more entries than permissible.");
        }
        Set<String> ids = new HashSet<>();
        int bytes = 0;
        for (SnsInput entry : entries) {
            String id = entry.string("Id");
            if (id == null || !ENTRY_ID.matcher(id).matches()) {
                throw new SnsException(SnsError.INVALID_BATCH_ENTRY_ID,
                        "The Id of a batch entry in a batch request doesn't abide by the specification.");
            }
            if (!ids.add(id)) {
                throw new SnsException(SnsError.BATCH_ENTRY_IDS_NOT_DISTINCT,
                        "Two or more batch entries in the request have the same Id.");
            }
            String message = entry.string("Message");
            bytes += message == null ? 0 : message.getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > MAX_BATCH_BYTES) {
            throw new SnsException(SnsError.BATCH_REQUEST_TOO_LONG,
                    "The length of all the messages put together is more than the limit.");
        }
        return entries;
    }
}
