package studio.serverless.runner.stepfunctions.engine;

/**
 * A Task's Resource as history events name it: {@code arn:aws:states:::lambda:invoke} is resource type
 * {@code lambda} and resource {@code invoke}; another ARN is its service and the rest of its resource part.
 */
record TaskResource(String resourceType, String resource) {

    /** The suffix of the callback pattern: the task waits for SendTaskSuccess or SendTaskFailure. */
    static final String WAIT_FOR_TASK_TOKEN = ".waitForTaskToken";

    /** True for a Resource of the callback pattern. */
    static boolean waitsForTaskToken(String arn) {
        return arn.endsWith(WAIT_FOR_TASK_TOKEN);
    }

    /** The ARN the task invoker runs: without the callback suffix. */
    static String invokedArn(String arn) {
        return waitsForTaskToken(arn) ? arn.substring(0, arn.length() - WAIT_FOR_TASK_TOKEN.length()) : arn;
    }

    static TaskResource of(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return new TaskResource("unknown", arn);
        }
        if ("states".equals(parts[2]) && parts[5].contains(":")) {
            int colon = parts[5].indexOf(':');
            return new TaskResource(parts[5].substring(0, colon), parts[5].substring(colon + 1));
        }
        return new TaskResource(parts[2], parts[5]);
    }

    Details details() {
        return Details.create().text("resourceType", resourceType).text("resource", resource);
    }
}
