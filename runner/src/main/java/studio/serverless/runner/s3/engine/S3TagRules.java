package studio.serverless.runner.s3.engine;

import java.util.Map;
import studio.serverless.runner.tagging.TagRules;

/**
 * S3's words for a tag set that breaks AWS's tag rules: every broken rule is an InvalidTag error. A bucket may carry
 * 50 tags, an object 10.
 */
final class S3TagRules {

    /** The most tags one object may carry. */
    static final int MAX_OBJECT_TAGS = 10;

    private S3TagRules() {
    }

    /** Throws InvalidTag when {@code tags} cannot be a bucket's tag set. */
    static void checkBucket(Map<String, String> tags) {
        check(tags, "Bucket tag count cannot be greater than " + TagRules.MAX_TAGS);
    }

    /** Throws InvalidTag when {@code tags} cannot be an object's tag set. */
    static void checkObject(Map<String, String> tags) {
        String tooMany = "Object tags cannot be greater than " + MAX_OBJECT_TAGS;
        if (tags.size() > MAX_OBJECT_TAGS) {
            throw new S3Exception(S3Error.INVALID_TAG, tooMany);
        }
        check(tags, tooMany);
    }

    private static void check(Map<String, String> tags, String tooMany) {
        TagRules.check(Map.of(), tags).ifPresent(violation -> {
            throw new S3Exception(S3Error.INVALID_TAG, switch (violation.rule()) {
                case TOO_MANY_TAGS -> tooMany;
                case KEY_LENGTH -> "The TagKey you have provided is invalid";
                case VALUE_LENGTH -> "The TagValue you have provided is invalid";
                case RESERVED_PREFIX -> "System tags cannot be added/updated by requester";
            }).with("TagKey", violation.key() == null ? "" : violation.key());
        });
    }
}
