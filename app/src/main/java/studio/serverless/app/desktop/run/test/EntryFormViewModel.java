package studio.serverless.app.desktop.run.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The test form of one entry point: a text property per field (starting from the last request sent to it),
 * the problems that kept the last send from happening, whether a request is on its way, and what came back.
 * Sending runs on {@code background}; the result is set on {@code fxThread}.
 */
public final class EntryFormViewModel {

    private final EntryAction action;
    private final RequestMemory memory;
    private final Executor background;
    private final Executor fxThread;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ActionResult> result = new SimpleObjectProperty<>();

    /** The form of {@code action}, remembering sends in {@code memory}. */
    public EntryFormViewModel(EntryAction action, RequestMemory memory, Executor background, Executor fxThread) {
        this.action = action;
        this.memory = memory;
        this.background = background;
        this.fxThread = fxThread;
        Map<String, String> last = memory.recall(action.memoryKey()).orElse(Map.of());
        for (FormField field : action.fields()) {
            StringProperty value = new SimpleStringProperty(last.getOrDefault(field.key(), field.initial()));
            if (field.kind() == FieldKind.CHOICE) {
                value.addListener((property, old, chosen) -> action.onChoice(field.key(), chosen)
                        .forEach((key, text) -> values.get(key).set(text)));
            }
            values.put(field.key(), value);
        }
    }

    /** The entry point. */
    public EntryAction action() {
        return action;
    }

    /** The fields, in order. */
    public List<FormField> fields() {
        return action.fields();
    }

    /** The text of field {@code key}, to bind an editor to. */
    public StringProperty value(String key) {
        StringProperty value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(action.name() + " has no field " + key);
        }
        return value;
    }

    /** Why the last send did not happen, one problem a line; empty when it did. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Whether a request is on its way. */
    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** What came back from the last request sent, null before the first. */
    public ReadOnlyObjectProperty<ActionResult> resultProperty() {
        return result;
    }

    /**
     * Checks the fields and, when they pass, sends the request in the background.
     *
     * @return whether it was sent (false: the problems say why, and nothing was sent)
     */
    public boolean send() {
        FormValues form = currentValues();
        List<String> found = new ArrayList<>(FormCheck.problems(action.fields(), form));
        found.addAll(action.problems(form));
        problems.set(String.join("\n", found));
        if (!found.isEmpty() || sending.get()) {
            return false;
        }
        memory.remember(action.memoryKey(), form.values());
        sending.set(true);
        try {
            background.execute(() -> {
                ActionResult answer = perform(form);
                fxThread.execute(() -> {
                    result.set(answer);
                    sending.set(false);
                });
            });
        } catch (RejectedExecutionException stopped) {
            sending.set(false);
            problems.set("Not sent: the run has stopped.");
            return false;
        }
        return true;
    }

    private ActionResult perform(FormValues form) {
        try {
            return action.perform(form);
        } catch (AwsServiceException refused) {
            return ActionResult.failed(refused.awsErrorDetails() == null ? refused.getMessage()
                    : refused.awsErrorDetails().errorCode() + ": " + refused.awsErrorDetails().errorMessage());
        } catch (RuntimeException e) {
            return ActionResult.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private FormValues currentValues() {
        Map<String, String> current = new LinkedHashMap<>();
        values.forEach((key, value) -> current.put(key, value.get() == null ? "" : value.get()));
        return new FormValues(current);
    }
}
