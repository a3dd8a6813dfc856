package studio.serverless.app.desktop.run.test;

import java.util.List;

/**
 * One field of an entry point's test form.
 *
 * @param key     the field's key in {@link FormValues} and the suffix of its node id ({@code #field-KEY})
 * @param label   what the form calls it, also used in messages
 * @param kind    how it is edited and checked
 * @param initial its value before the user types
 * @param choices the choices of a {@link FieldKind#CHOICE} field, else empty
 */
public record FormField(String key, String label, FieldKind kind, String initial, List<String> choices) {

    /** Copies the choices. */
    public FormField {
        choices = List.copyOf(choices);
    }

    /** A field that is not a choice. */
    public static FormField of(String key, String label, FieldKind kind, String initial) {
        return new FormField(key, label, kind, initial, List.of());
    }

    /** A choice field starting at its first choice. */
    public static FormField choice(String key, String label, List<String> choices) {
        return new FormField(key, label, FieldKind.CHOICE, choices.isEmpty() ? "" : choices.get(0), choices);
    }
}
