package studio.serverless.runner.sqs.engine;

import java.util.function.Function;
import studio.serverless.runner.tagging.TagRules;
import studio.serverless.runner.tagging.TagViolation;

/** SQS's words for broken tag rules: every one is an InvalidParameterValue, as SQS answers TagQueue. */
final class QueueTagErrors {

    private QueueTagErrors() {
    }

    /** What SQS answers for a broken rule on the queue {@code queueName}. */
    static Function<TagViolation, RuntimeException> refusal(String queueName) {
        return violation -> new SqsException(SqsError.INVALID_PARAMETER_VALUE, message(violation, queueName));
    }

    /** Rejects a key named for removal that no tag could have. */
    static void checkKey(String key) {
        TagRules.checkKey(key).filter(violation -> violation.rule() == TagViolation.Rule.KEY_LENGTH)
                .ifPresent(violation -> {
                    throw refusal(null).apply(violation);
                });
    }

    private static String message(TagViolation violation, String queueName) {
        return switch (violation.rule()) {
            case TOO_MANY_TAGS -> "Too many tags added for queue " + queueName + ".";
            case KEY_LENGTH -> "Tag keys must be between 1 and " + TagRules.MAX_KEY_LENGTH + " characters in length.";
            case VALUE_LENGTH -> "Tag values must be between 0 and " + TagRules.MAX_VALUE_LENGTH
                    + " characters in length (tag " + violation.key() + ").";
            case RESERVED_PREFIX -> "Tag keys cannot start with the reserved prefix " + TagRules.RESERVED_PREFIX
                    + " (tag " + violation.key() + ").";
        };
    }
}
