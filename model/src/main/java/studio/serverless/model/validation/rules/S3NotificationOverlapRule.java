package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.serverless.model.catalog.ConnectionType;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Connection;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * Two event notifications of one bucket that could both match the same object event: S3 refuses such a
 * configuration ("Configurations overlap"). Compares the notifications of each bucket in pairs, so it is
 * quadratic only in the notifications of one bucket.
 */
public final class S3NotificationOverlapRule implements ValidationRule {

    @Override
    public String id() {
        return "s3-notification-overlap";
    }

    @Override
    public String description() {
        return "No two event notifications of a bucket match the same event type and key.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service bucket : context.services(ServiceKind.S3_BUCKET)) {
            List<Connection> notifications = context.outgoing(bucket.id(), ConnectionType.S3_NOTIFICATION);
            for (int first = 0; first < notifications.size(); first++) {
                for (int second = first + 1; second < notifications.size(); second++) {
                    overlap(context, bucket, notifications.get(first), notifications.get(second))
                            .ifPresent(diagnostics::add);
                }
            }
        }
        return diagnostics;
    }

    private Optional<Diagnostic> overlap(ValidationContext context, Service bucket, Connection one, Connection other) {
        Optional<String> event = sharedEvent(ElementProperties.list(context, one, "events"),
                ElementProperties.list(context, other, "events"));
        String prefixOne = ElementProperties.text(context, one, "prefix");
        String prefixOther = ElementProperties.text(context, other, "prefix");
        String suffixOne = ElementProperties.text(context, one, "suffix");
        String suffixOther = ElementProperties.text(context, other, "suffix");
        boolean keysOverlap = (prefixOne.startsWith(prefixOther) || prefixOther.startsWith(prefixOne))
                && (suffixOne.endsWith(suffixOther) || suffixOther.endsWith(suffixOne));
        if (event.isEmpty() || !keysOverlap) {
            return Optional.empty();
        }
        return Optional.of(new Diagnostic(id(), Severity.ERROR, List.of(bucket.id(), one.id(), other.id()),
                "Two event notifications of the bucket " + ElementProperties.quoted(bucket) + " (to "
                        + ElementProperties.quoted(context.service(one.target())) + " and "
                        + ElementProperties.quoted(context.service(other.target())) + ") both match " + event.get()
                        + " for some keys (" + filter(prefixOne, suffixOne) + " and " + filter(prefixOther,
                        suffixOther) + "): S3 refuses the whole notification configuration with \"Configurations"
                        + " overlap\", because one event may go to only one destination.",
                "Give the notifications prefixes (or suffixes) that cannot both match, e.g. uploads/ and"
                        + " thumbnails/, or different event types; to fan one event out, notify an SNS topic."));
    }

    /** An event type both lists match (the more specific one when a wildcard is involved), if any. */
    private static Optional<String> sharedEvent(List<String> one, List<String> other) {
        for (String a : one) {
            for (String b : other) {
                if (a.equals(b) || covers(a, b)) {
                    return Optional.of(b);
                }
                if (covers(b, a)) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean covers(String wildcard, String event) {
        return wildcard.endsWith("*") && event.startsWith(wildcard.substring(0, wildcard.length() - 1));
    }

    private static String filter(String prefix, String suffix) {
        if (prefix.isEmpty() && suffix.isEmpty()) {
            return "every key";
        }
        return "keys" + (prefix.isEmpty() ? "" : " starting with '" + prefix + "'")
                + (prefix.isEmpty() || suffix.isEmpty() ? "" : " and") + (suffix.isEmpty() ? ""
                : " ending with '" + suffix + "'");
    }
}
