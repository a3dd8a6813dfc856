package studio.serverless.runner.s3.api;

import java.util.Map;
import org.w3c.dom.Element;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.BucketInfo;
import studio.serverless.runner.s3.engine.S3Engine;

/** CreateBucket, HeadBucket, ListBuckets, DeleteBucket and GetBucketLocation. */
final class BucketHandlers {

    private final S3Engine engine;

    BucketHandlers(S3Engine engine) {
        this.engine = engine;
    }

    StreamedResponse create(S3Call call) {
        Element configuration = XmlRequests.read(call.body());
        String constraint = configuration == null ? null : XmlRequests.text(configuration, "LocationConstraint");
        String region = constraint == null || constraint.isEmpty() ? call.request().caller().region() : constraint;
        engine.createBucket(call.bucket(), region);
        return S3Responses.empty(200, Map.of("Location", "/" + call.bucket()));
    }

    StreamedResponse head(S3Call call) {
        BucketInfo bucket = engine.bucket(call.bucket());
        return S3Responses.empty(200, Map.of("x-amz-bucket-region", bucket.region()));
    }

    StreamedResponse list(S3Call call) {
        XmlBuilder xml = XmlBuilder.root("ListAllMyBucketsResult").start("Owner")
                .element("ID", call.request().caller().accountId()).element("DisplayName", "local").end()
                .start("Buckets");
        for (BucketInfo bucket : engine.buckets()) {
            xml.start("Bucket").element("Name", bucket.name())
                    .element("CreationDate", HttpDates.xml(bucket.created())).element("BucketRegion", bucket.region())
                    .end();
        }
        return S3Responses.xml(xml.end());
    }

    StreamedResponse delete(S3Call call) {
        engine.deleteBucket(call.bucket());
        return S3Responses.empty(204, Map.of());
    }

    /** GetBucketVersioning: buckets here are never versioned, which S3 says with an empty configuration. */
    StreamedResponse versioning(S3Call call) {
        engine.bucket(call.bucket());
        return S3Responses.xml(XmlBuilder.root("VersioningConfiguration"));
    }

    StreamedResponse location(S3Call call) {
        String region = engine.bucket(call.bucket()).region();
        // us-east-1 is the empty constraint, as in S3
        return S3Responses.xml(XmlBuilder.root("LocationConstraint").text(region.equals("us-east-1") ? "" : region));
    }
}
