package studio.serverless.app.desktop.run.test;

import java.util.List;
import java.util.Map;

/**
 * One entry point of the running diagram and what the test panel can do with it: the form's fields and the
 * sending. {@link #perform(FormValues)} is called off the FX thread with values that passed {@link FormCheck}.
 */
public interface EntryAction {

    /** The kind of entry point. */
    EntryKind kind();

    /** The entry point's name: the resource's name, or {@code API: METHOD /path} for a route. */
    String name();

    /** The form's fields, in order. */
    List<FormField> fields();

    /**
     * Sends the request and waits for what comes back.
     *
     * @throws RuntimeException when the service refuses it or cannot be reached (the panel shows the message)
     */
    ActionResult perform(FormValues values);

    /** Problems beyond each field's own (e.g. a path parameter left blank); none by default. */
    default List<String> problems(FormValues values) {
        return List.of();
    }

    /**
     * Fields to change when the choice field {@code key} is set to {@code value} (a function's sample event
     * replaces the event text); none by default.
     */
    default Map<String, String> onChoice(String key, String value) {
        return Map.of();
    }

    /** The key under which the panel remembers the last request, e.g. {@code SQS queue:orders}. */
    default String memoryKey() {
        return kind().label() + ":" + name();
    }
}
