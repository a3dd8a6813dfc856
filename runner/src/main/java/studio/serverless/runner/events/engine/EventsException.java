package studio.serverless.runner.events.engine;

import java.util.Objects;

/** An EventBridge error with its catalogue entry and AWS's message. */
public final class EventsException extends RuntimeException {

    private final EventsError error;

    /** Creates the exception for {@code error} with the message AWS would send. */
    public EventsException(EventsError error, String message) {
        super(message, null, false, false);
        this.error = Objects.requireNonNull(error);
    }

    /** The catalogue entry. */
    public EventsError error() {
        return error;
    }

    /** A ValidationException. */
    public static EventsException validation(String message) {
        return new EventsException(EventsError.VALIDATION, message);
    }

    /** The error for a rule that is not on the bus. */
    public static EventsException noSuchRule(String rule, String bus) {
        return new EventsException(EventsError.RESOURCE_NOT_FOUND,
                "Rule " + rule + " does not exist on EventBus " + bus + ".");
    }

    /** The error for a bus that does not exist. */
    public static EventsException noSuchBus(String bus) {
        return new EventsException(EventsError.RESOURCE_NOT_FOUND, "Event bus " + bus + " does not exist.");
    }
}
