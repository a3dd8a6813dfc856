package studio.serverless.canvas.tool;

import java.util.Set;

import studio.serverless.model.catalog.ServiceKind;

/** The sentences the connect tool shows when it refuses a connection. */
public final class ConnectHints {

    /** Letters whose spoken name starts with a vowel sound: "an SQS queue", "an S3 bucket". */
    private static final Set<Character> VOWEL_SOUNDING_LETTERS = Set.of('A', 'E', 'F', 'H', 'I', 'L', 'M', 'N',
            'O', 'R', 'S', 'X');

    private ConnectHints() {
    }

    /** Why nothing can be drawn between two kinds, e.g. "An SQS queue cannot connect to an S3 bucket this way". */
    public static String refusal(ServiceKind source, ServiceKind target) {
        String sentence = withArticle(source.displayName()) + " cannot connect to "
                + withArticle(target.displayName()) + " this way";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** The name with "a" or "an" before it, by how it is spoken (acronyms letter by letter). */
    public static String withArticle(String name) {
        String firstWord = name.split(" ")[0];
        boolean acronym = firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase());
        char first = Character.toUpperCase(name.charAt(0));
        boolean vowelSound = acronym ? VOWEL_SOUNDING_LETTERS.contains(first) : "AEIOU".indexOf(first) >= 0;
        return (vowelSound ? "an " : "a ") + name;
    }
}
