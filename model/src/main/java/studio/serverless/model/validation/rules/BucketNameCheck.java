package studio.serverless.model.validation.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One of AWS's naming rules for general purpose S3 buckets: a test a name may fail and the sentence that says
 * how it failed.
 */
final class BucketNameCheck {

    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[a-z0-9.-]+");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    /** Every check, in the order they are tried. */
    static final List<BucketNameCheck> ALL = List.of(
            new BucketNameCheck(name -> name.length() < 3 || name.length() > 63 ? "is " + name.length()
                    + " characters long; bucket names must be 3 to 63 characters." : null),
            new BucketNameCheck(name -> ALLOWED_CHARACTERS.matcher(name).matches() ? null
                    : "contains characters other than lowercase letters, digits, dots (.) and hyphens (-);"
                    + " uppercase letters and underscores are not allowed."),
            new BucketNameCheck(BucketNameCheck::badEnds),
            new BucketNameCheck(name -> name.contains("..") ? "has two adjacent dots (..)." : null),
            new BucketNameCheck(name -> IP_ADDRESS.matcher(name).matches()
                    ? "is formatted as an IP address (like 192.168.5.4), which bucket names must not be." : null),
            new BucketNameCheck(BucketNameCheck::reservedPrefix),
            new BucketNameCheck(BucketNameCheck::reservedSuffix));

    private final Function<String, String> test;

    private BucketNameCheck(Function<String, String> test) {
        this.test = test;
    }

    /** How a name fails this check, or empty when it passes. */
    Optional<String> violation(String name) {
        return Optional.ofNullable(test.apply(name));
    }

    private static String badEnds(String name) {
        if (!isLetterOrDigit(name.charAt(0))) {
            return "starts with '" + name.charAt(0) + "'; it must begin with a letter or digit.";
        }
        char last = name.charAt(name.length() - 1);
        return isLetterOrDigit(last) ? null : "ends with '" + last + "'; it must end with a letter or digit.";
    }

    private static boolean isLetterOrDigit(char character) {
        return (character >= 'a' && character <= 'z') || (character >= '0' && character <= '9');
    }

    private static String reservedPrefix(String name) {
        return RESERVED_PREFIXES.stream().filter(name::startsWith).findFirst()
                .map(prefix -> "starts with '" + prefix + "', a prefix AWS reserves.").orElse(null);
    }

    private static String reservedSuffix(String name) {
        return RESERVED_SUFFIXES.stream().filter(name::endsWith).findFirst()
                .map(suffix -> "ends with '" + suffix + "', a suffix AWS reserves for its own bucket types and"
                        + " aliases.").orElse(null);
    }
}
