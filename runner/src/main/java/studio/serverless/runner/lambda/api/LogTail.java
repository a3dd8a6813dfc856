package studio.serverless.runner.lambda.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** The Invoke API's {@code X-Amz-Log-Result}: the last 4 KB of the invocation's log, base64-encoded. */
final class LogTail {

    /** How much of the log AWS returns. */
    static final int TAIL_BYTES = 4096;

    private LogTail() {
    }

    static String of(String log) {
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        byte[] tail = bytes.length <= TAIL_BYTES ? bytes
                : Arrays.copyOfRange(bytes, bytes.length - TAIL_BYTES, bytes.length);
        return Base64.getEncoder().encodeToString(tail);
    }
}
