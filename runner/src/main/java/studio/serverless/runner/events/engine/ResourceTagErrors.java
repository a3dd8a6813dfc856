package studio.serverless.runner.events.engine;

import studio.serverless.runner.tagging.TagRules;
import studio.serverless.runner.tagging.TagViolation;

/**
 * EventBridge's words for tagging errors: a broken tag rule is a ValidationException, an ARN naming no rule or bus
 * a ResourceNotFoundException in the words DescribeRule and DescribeEventBus use.
 */
final class ResourceTagErrors {

    private ResourceTagErrors() {
    }

    /** What EventBridge answers for a broken tag rule. */
    static RuntimeException refusal(TagViolation violation) {
        return EventsException.validation(switch (violation.rule()) {
            case TOO_MANY_TAGS -> "A resource can have at most " + TagRules.MAX_TAGS + " tags.";
            case KEY_LENGTH -> "1 validation error detected: Value at 'tags.member.key' failed to satisfy constraint:"
                    + " Member must have length between 1 and " + TagRules.MAX_KEY_LENGTH;
            case VALUE_LENGTH -> "1 validation error detected: Value at 'tags.member.value' failed to satisfy"
                    + " constraint: Member must have length less than or equal to " + TagRules.MAX_VALUE_LENGTH;
            case RESERVED_PREFIX -> "Invalid tag key " + violation.key() + ": the prefix " + TagRules.RESERVED_PREFIX
                    + " is reserved for AWS.";
        });
    }

    /** The error for an ARN that names no rule or bus of this account and region. */
    static EventsException notFound(String arn) {
        String name = arn == null ? "" : arn.substring(arn.lastIndexOf('/') + 1);
        if (arn != null && arn.contains(":rule/")) {
            String path = arn.substring(arn.indexOf(":rule/") + 6);
            String bus = path.contains("/") ? path.substring(0, path.indexOf('/')) : Buses.DEFAULT;
            return EventsException.noSuchRule(name, bus);
        }
        return EventsException.noSuchBus(name);
    }
}
