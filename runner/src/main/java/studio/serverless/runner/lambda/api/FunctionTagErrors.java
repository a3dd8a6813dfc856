package studio.serverless.runner.lambda.api;

import studio.serverless.runner.lambda.engine.LambdaError;
import studio.serverless.runner.lambda.engine.LambdaException;
import studio.serverless.runner.tagging.TagRules;
import studio.serverless.runner.tagging.TagViolation;

/** Lambda's words for broken tag rules: every one is an InvalidParameterValueException. */
final class FunctionTagErrors {

    private FunctionTagErrors() {
    }

    static RuntimeException refusal(TagViolation violation) {
        return new LambdaException(LambdaError.INVALID_PARAMETER_VALUE, switch (violation.rule()) {
            case TOO_MANY_TAGS -> "Number of tags exceeds resource tag limit of " + TagRules.MAX_TAGS + ".";
            case KEY_LENGTH -> "1 validation error detected: Value at 'tags' failed to satisfy constraint: Map keys"
                    + " must have length between 1 and " + TagRules.MAX_KEY_LENGTH;
            case VALUE_LENGTH -> "1 validation error detected: Value at 'tags' failed to satisfy constraint: Map"
                    + " values must have length less than or equal to " + TagRules.MAX_VALUE_LENGTH;
            case RESERVED_PREFIX -> "Tag key " + violation.key() + " uses the prefix " + TagRules.RESERVED_PREFIX
                    + ", which is reserved for AWS use.";
        });
    }

    /** Rejects a key named for removal that no tag could have. */
    static void checkKey(String key) {
        TagRules.checkKey(key).filter(violation -> violation.rule() == TagViolation.Rule.KEY_LENGTH)
                .ifPresent(violation -> {
                    throw refusal(violation);
                });
    }
}
