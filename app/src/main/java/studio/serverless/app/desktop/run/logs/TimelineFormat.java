package studio.serverless.app.desktop.run.logs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import studio.serverless.runner.activity.Activity;
import studio.serverless.runner.activity.ResourceRef;

/**
 * The files a timeline exports to. CSV: a header, then one row per activity (RFC 4180 quoting), time as ISO-8601
 * UTC. JSON Lines: one object per line with {@code at}, {@code kind}, {@code from} and {@code to} (each
 * {@code {"kind": "lambda", "name": ...}}), {@code summary} and {@code error}.
 */
public enum TimelineFormat {
    /** Comma-separated values, for spreadsheets. */
    CSV("csv") {
        @Override
        void write(List<Activity> activities, Writer out) throws IOException {
            out.write("time,kind,from_kind,from,to_kind,to,summary,error\r\n");
            for (Activity activity : activities) {
                out.write(String.join(",", activity.at().toString(), activity.kind().name(),
                        activity.from().kind().id(), quoted(activity.from().name()),
                        activity.to().map(to -> to.kind().id()).orElse(""),
                        quoted(activity.to().map(ResourceRef::name).orElse("")), quoted(activity.summary()),
                        quoted(activity.error().orElse(""))));
                out.write("\r\n");
            }
        }
    },
    /** One JSON object a line, for scripts. */
    JSON_LINES("jsonl") {
        @Override
        void write(List<Activity> activities, Writer out) throws IOException {
            for (Activity activity : activities) {
                ObjectNode line = JSON.createObjectNode().put("at", activity.at().toString())
                        .put("kind", activity.kind().name());
                line.set("from", resource(activity.from()));
                activity.to().ifPresent(to -> line.set("to", resource(to)));
                line.put("summary", activity.summary());
                activity.error().ifPresent(error -> line.put("error", error));
                out.write(JSON.writeValueAsString(line));
                out.write("\n");
            }
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String extension;

    TimelineFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    abstract void write(List<Activity> activities, Writer out) throws IOException;

    private static ObjectNode resource(ResourceRef resource) {
        return JSON.createObjectNode().put("kind", resource.kind().id()).put("name", resource.name());
    }

    /** A CSV field: quoted when it holds a comma, quote or line break, quotes doubled. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
