package studio.serverless.model.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Service;
import studio.serverless.model.validation.Diagnostic;
import studio.serverless.model.validation.Severity;
import studio.serverless.model.validation.ValidationContext;
import studio.serverless.model.validation.ValidationRule;

/**
 * Bucket names keep AWS's naming rules for general purpose buckets. The checks run in order and the first one a
 * name breaks is reported, so that each message can say precisely what to change.
 */
public final class S3BucketNameRule implements ValidationRule {

    @Override
    public String id() {
        return "s3-bucket-name";
    }

    @Override
    public String description() {
        return "Every bucket name keeps AWS's naming rules for general purpose buckets.";
    }

    @Override
    public List<Diagnostic> check(ValidationContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Service bucket : context.services(ServiceKind.S3_BUCKET)) {
            firstViolation(bucket.name()).ifPresent(violation -> diagnostics.add(new Diagnostic(id(),
                    Severity.ERROR, List.of(bucket.id()),
                    "The name of " + RuleText.named(bucket) + " " + violation + " S3 refuses to create a"
                            + " bucket with such a name, so deploying would fail.",
                    "Rename the bucket: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending"
                            + " with a letter or digit, e.g. my-app-uploads.")));
        }
        return diagnostics;
    }

    /** Why a name breaks AWS's bucket naming rules, the first broken rule only, or empty when it keeps them. */
    static Optional<String> firstViolation(String name) {
        for (BucketNameCheck check : BucketNameCheck.ALL) {
            Optional<String> violation = check.violation(name);
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }
}
