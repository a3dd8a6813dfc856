package studio.serverless.app.desktop.run.logs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import studio.serverless.runner.activity.Activity;
import studio.serverless.runner.activity.ResourceRef;

/** How an activity reads in the timeline's columns, shared by the table and the exports. */
public final class TimelineColumns {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private TimelineColumns() {
    }

    /** The time of day, local, to the millisecond. */
    public static String time(Activity activity) {
        return TIME.format(activity.at());
    }

    /** {@code Lambda function orders} style: the kind's display name and the resource's name. */
    public static String resource(ResourceRef resource) {
        return resource.kind().displayName() + " " + resource.name();
    }

    /** The resource acted on, or empty. */
    public static String to(Activity activity) {
        return activity.to().map(TimelineColumns::resource).orElse("");
    }

    /** What happened: {@code INVOCATION_END} as {@code invocation end}, then the summary. */
    public static String what(Activity activity) {
        return activity.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + activity.summary();
    }

    /** The error, or empty. */
    public static String error(Activity activity) {
        return activity.error().orElse("");
    }

    /** Every column in lower case, for the filter. */
    static String searchText(Activity activity) {
        return String.join("\n", resource(activity.from()), to(activity), what(activity), error(activity))
                .toLowerCase(Locale.ROOT);
    }
}
