package studio.serverless.runner.provision;

import java.util.ArrayList;
import java.util.List;
import studio.serverless.model.catalog.ServiceKind;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Service;
import studio.serverless.runner.s3.engine.S3Engine;

/** Creates the diagram's S3 buckets; a bucket that exists already (a kept data folder) is kept with its objects. */
final class BucketProvisioner implements ResourceProvisioner {

    private final S3Engine s3;
    private final String region;

    BucketProvisioner(S3Engine s3, String region) {
        this.s3 = s3;
        this.region = region;
    }

    @Override
    public List<ProvisionedResource> provision(Diagram diagram) {
        List<ProvisionedResource> created = new ArrayList<>();
        for (Service bucket : diagram.services()) {
            if (bucket.kind() == ServiceKind.S3_BUCKET) {
                boolean exists = s3.buckets().stream().anyMatch(info -> info.name().equals(bucket.name()));
                if (!exists) {
                    s3.createBucket(bucket.name(), region);
                }
                created.add(new ProvisionedResource(ServiceKind.S3_BUCKET, bucket.name(),
                        "arn:aws:s3:::" + bucket.name()));
            }
        }
        return created;
    }
}
