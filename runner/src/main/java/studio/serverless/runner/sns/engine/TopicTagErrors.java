package studio.serverless.runner.sns.engine;

import studio.serverless.runner.tagging.TagRules;
import studio.serverless.runner.tagging.TagViolation;

/** SNS's words for broken tag rules: TagLimitExceeded past 50 tags, InvalidParameter for a bad key or value. */
final class TopicTagErrors {

    private TopicTagErrors() {
    }

    /** What SNS answers for a broken rule. */
    static RuntimeException refusal(TagViolation violation) {
        return switch (violation.rule()) {
            case TOO_MANY_TAGS -> new SnsException(SnsError.TAG_LIMIT_EXCEEDED,
                    "Could not complete request: tag quota of per resource exceeded");
            case KEY_LENGTH -> SnsException.invalidParameter("Tags Reason: a tag key must be 1 to "
                    + TagRules.MAX_KEY_LENGTH + " characters long");
            case VALUE_LENGTH -> SnsException.invalidParameter("Tags Reason: the value of tag " + violation.key()
                    + " must be at most " + TagRules.MAX_VALUE_LENGTH + " characters long");
            case RESERVED_PREFIX -> SnsException.invalidParameter("Tags Reason: tag key " + violation.key()
                    + " uses the reserved prefix " + TagRules.RESERVED_PREFIX);
        };
    }

    /** Rejects a key named for removal that no tag could have. */
    static void checkKey(String key) {
        TagRules.checkKey(key).filter(violation -> violation.rule() == TagViolation.Rule.KEY_LENGTH)
                .ifPresent(violation -> {
                    throw refusal(violation);
                });
    }
}
