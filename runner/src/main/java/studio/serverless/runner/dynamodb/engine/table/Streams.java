package studio.serverless.runner.dynamodb.engine.table;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import studio.serverless.runner.dynamodb.engine.DynamoDbException;

/** Checks stream specifications and makes stream labels. */
final class Streams {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private Streams() {
    }

    static StreamSpecification check(StreamSpecification stream) {
        if (stream == null || !stream.streamEnabled()) {
            return StreamSpecification.DISABLED;
        }
        if (stream.streamViewType() == null) {
            throw DynamoDbException.invalidParameter("You must specify a StreamViewType when enabling a stream");
        }
        return stream;
    }

    /** @return a stream label from the time, as AWS labels streams */
    static String label(Instant now) {
        return LABEL.format(now);
    }
}
