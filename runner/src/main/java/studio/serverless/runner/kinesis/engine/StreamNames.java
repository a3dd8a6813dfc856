package studio.serverless.runner.kinesis.engine;

/**
 * Stream names and ARNs: the API model's constraints on them, and which stream a request means when it may name
 * it by either (most operations take {@code StreamName} or {@code StreamARN}).
 */
final class StreamNames {

    private static final String NAME_PATTERN = "[a-zA-Z0-9_.-]+";
    private static final int MAX_NAME_LENGTH = 128;

    private StreamNames() {
    }

    /** Checks a stream name against the API model. */
    static void check(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw KinesisException.validation(name, "streamName",
                    "have length " + (name.isEmpty() ? "greater than or equal to 1" : "less than or equal to 128"));
        }
        if (!name.matches(NAME_PATTERN)) {
            throw KinesisException.validation(name, "streamName", "satisfy regular expression pattern: "
                    + NAME_PATTERN);
        }
    }

    /**
     * The stream a request names, by name or ARN (when both, they must agree).
     *
     * @param arnPrefix {@code arn:aws:kinesis:REGION:ACCOUNT:stream/} of this emulator
     */
    static String resolve(String name, String arn, String arnPrefix) {
        if (name == null && arn == null) {
            throw KinesisException.invalidArgument("Either StreamName or StreamARN should be provided.");
        }
        if (name != null) {
            check(name);
        }
        if (arn == null) {
            return name;
        }
        if (!arn.matches("arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+")) {
            throw KinesisException.validation(arn, "streamARN",
                    "satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+");
        }
        String fromArn = arn.substring(arn.indexOf(":stream/") + ":stream/".length());
        if (!arn.startsWith(arnPrefix)) {
            throw new KinesisException(KinesisError.RESOURCE_NOT_FOUND, "Stream " + fromArn + " under account "
                    + arn.split(":")[4] + " not found.");
        }
        if (name != null && !name.equals(fromArn)) {
            throw KinesisException.invalidArgument("StreamARN " + arn + " does not name stream " + name + ".");
        }
        return fromArn;
    }
}
