package studio.serverless.runner.events.engine;

/**
 * The outcome of one PutEvents entry: its event id, or an error code and message.
 *
 * @param eventId      the id of the accepted event, or null
 * @param errorCode    the error code of a refused entry, or null
 * @param errorMessage the error message of a refused entry, or null
 */
public record EntryResult(String eventId, String errorCode, String errorMessage) {

    static EntryResult accepted(String eventId) {
        return new EntryResult(eventId, null, null);
    }

    static EntryResult refused(String code, String message) {
        return new EntryResult(null, code, message);
    }

    /** Whether the entry was refused. */
    public boolean failed() {
        return errorCode != null;
    }
}
