package studio.serverless.runner.sqs.engine;

import java.util.regex.Pattern;

/** The rules AWS applies to queue names: 1 to 80 of letters, digits, hyphens and underscores, FIFO ending .fifo. */
final class QueueNames {

    private static final Pattern STANDARD = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");

    private QueueNames() {
    }

    /** Throws InvalidParameterValue unless {@code name} is a valid name for a queue of that type. */
    static void check(String name, boolean fifo) {
        if (name == null || name.isEmpty()) {
            throw SqsException.missingParameter("QueueName");
        }
        if (fifo && !FIFO.matcher(name).matches()) {
            throw new SqsException(SqsError.INVALID_PARAMETER_VALUE, "The name of a FIFO queue can only include "
                    + "alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 "
                    + "in length.");
        }
        if (!fifo && !STANDARD.matcher(name).matches()) {
            throw new SqsException(SqsError.INVALID_PARAMETER_VALUE, "Can only include alphanumeric characters, "
                    + "hyphens, or underscores. 1 to 80 in length");
        }
    }
}
