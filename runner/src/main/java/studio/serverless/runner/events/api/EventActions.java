package studio.serverless.runner.events.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import studio.serverless.runner.events.engine.EntryResult;
import studio.serverless.runner.events.engine.EventEntry;
import studio.serverless.runner.events.engine.EventsException;

/** PutEvents (1 to 10 entries, 256 KB in all, each accepted or refused on its own) and TestEventPattern. */
final class EventActions {

    /** AWS's limit on a PutEvents request's entries, counted as {@link EventEntry#size()} does. */
    static final int MAX_REQUEST_BYTES = 256 * 1024;

    private EventActions() {
    }

    static List<EventsAction> all() {
        return List.of(EventsAction.of("PutEvents", (input, engine) -> {
            List<EventEntry> entries = entries(input);
            List<EntryResult> results = engine.putEvents(entries);
            ObjectNode result = EventsAction.empty()
                    .put("FailedEntryCount", results.stream().filter(EntryResult::failed).count());
            ArrayNode listed = result.putArray("Entries");
            for (EntryResult entry : results) {
                ObjectNode node = listed.addObject();
                RuleActions.putIfSet(node, "EventId", entry.eventId());
                RuleActions.putIfSet(node, "ErrorCode", entry.errorCode());
                RuleActions.putIfSet(node, "ErrorMessage", entry.errorMessage());
            }
            return result;
        }), EventsAction.of("TestEventPattern", (input, engine) -> EventsAction.empty().put("Result",
                engine.testEventPattern(input.required("EventPattern"), input.required("Event")))));
    }

    private static List<EventEntry> entries(EventsInput input) {
        List<EventsInput> members = input.structures("Entries");
        if (members.isEmpty() || members.size() > 10) {
            throw EventsException.validation("1 validation error detected: Value at 'entries' failed to satisfy "
                    + "constraint: Member must have length " + (members.isEmpty() ? "greater than or equal to 1"
                    : "less than or equal to 10"));
        }
        List<EventEntry> entries = new ArrayList<>();
        int size = 0;
        for (EventsInput member : members) {
            EventEntry entry = new EventEntry(member.string("Source"), member.string("DetailType"),
                    member.string("Detail"), member.strings("Resources"), member.timestamp("Time"),
                    member.string("EventBusName"));
            size += entry.size();
            entries.add(entry);
        }
        if (size > MAX_REQUEST_BYTES) {
            throw EventsException.validation("Total size of the entries in the request is over the limit.");
        }
        return entries;
    }
}
