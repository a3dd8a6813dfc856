package studio.serverless.model.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWS's rule for the name of one kind of resource: length and allowed characters, with the sentence that explains
 * it to a person.
 *
 * @param minLength   the shortest allowed name
 * @param maxLength   the longest allowed name
 * @param allowed     the pattern the whole name must match
 * @param explanation what AWS allows, in words, e.g. "letters, digits, hyphens and underscores"
 */
public record NamingRule(int minLength, int maxLength, Pattern allowed, String explanation) {

    /** A rule from a regular expression. */
    public static NamingRule of(int minLength, int maxLength, String regex, String explanation) {
        return new NamingRule(minLength, maxLength, Pattern.compile(regex), explanation);
    }

    /** Why {@code name} breaks this rule, or empty when it keeps it. */
    public Optional<String> violation(String name) {
        int length = name.codePointCount(0, name.length());
        if (length < minLength || length > maxLength) {
            return Optional.of("is " + length + " characters long; AWS allows " + minLength + " to " + maxLength
                    + ".");
        }
        if (!allowed.matcher(name).matches()) {
            return Optional.of("may contain only " + explanation + ".");
        }
        return Optional.empty();
    }
}
