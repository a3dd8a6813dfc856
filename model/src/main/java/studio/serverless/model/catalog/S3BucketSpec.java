package studio.serverless.model.catalog;

import static studio.serverless.model.catalog.PropertySpec.bool;

import java.util.List;

/** The catalogue entry of an S3 bucket. Its detailed naming rules are checked by a validation rule of their own. */
final class S3BucketSpec {

    private S3BucketSpec() {
    }

    static ServiceSpec create() {
        return new ServiceSpec(ServiceKind.S3_BUCKET,
                "Object storage: files of any size (up to 5 TB each) kept under keys in a bucket, durable and"
                        + " reachable over HTTPS.",
                "Functions read and write objects through the S3 API; an upload or delete can trigger a function"
                        + " asynchronously through an event notification.",
                "Per GB-month stored, per thousand requests, and per GB transferred out of AWS.",
                List.of(
                        bool("versioning", "Versioning", false,
                                "Keep every version of every object, so an overwrite or delete can be undone."),
                        bool("blockPublicAccess", "Block public access", true,
                                "Refuse any policy or ACL that would make objects public. Leave it on unless the"
                                        + " bucket serves a public website.")),
                NamingRule.of(3, 63, "[a-z0-9.-]+", "lowercase letters, digits, dots (.) and hyphens (-)"),
                "bucket");
    }
}
