package studio.serverless.runner.sqs.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Receipt handles: opaque to clients, new on every receive, and recognisable, so a handle that was never
 * issued by this emulator is rejected as AWS rejects one (ReceiptHandleIsInvalid) rather than ignored.
 */
final class ReceiptHandles {

    private static final String MARK = "sqs-local";

    private ReceiptHandles() {
    }

    /** A fresh handle for a receive of {@code messageId}. */
    static String issue(String messageId) {
        String plain = MARK + "|" + messageId + "|" + UUID.randomUUID();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws ReceiptHandleIsInvalid unless {@code handle} has the form of an issued handle. */
    static void check(String handle) {
        if (handle == null || handle.isEmpty()) {
            throw SqsException.missingParameter("ReceiptHandle");
        }
        if (!decodes(handle)) {
            throw new SqsException(SqsError.RECEIPT_HANDLE_IS_INVALID,
                    "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
        }
    }

    private static boolean decodes(String handle) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(handle), StandardCharsets.UTF_8);
            return plain.startsWith(MARK + "|") && plain.split("\\|").length == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
