package studio.serverless.runner.s3.engine;

import java.util.Map;
import studio.serverless.runner.tagging.TagRules;

/** S3's words for a tag set that breaks AWS's tag rules: every broken rule is an InvalidTag error. */
final class BucketTagRules {

    private BucketTagRules() {
    }

    /** Throws InvalidTag when {@code tags} cannot be a bucket's tag set. */
    static void check(Map<String, String> tags) {
        TagRules.check(Map.of(), tags).ifPresent(violation -> {
            throw new S3Exception(S3Error.INVALID_TAG, switch (violation.rule()) {
                case TOO_MANY_TAGS -> "Bucket tag count cannot be greater than " + TagRules.MAX_TAGS;
                case KEY_LENGTH -> "The TagKey you have provided is invalid";
                case VALUE_LENGTH -> "The TagValue you have provided is invalid";
                case RESERVED_PREFIX -> "System tags cannot be added/updated by requester";
            }).with("TagKey", violation.key() == null ? "" : violation.key());
        });
    }
}
