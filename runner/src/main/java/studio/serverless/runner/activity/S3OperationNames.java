package studio.serverless.runner.activity;

import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.s3.api.BucketAddress;

/** Names an S3 REST request by its method and whether it addresses an object, as the S3 API names them. */
final class S3OperationNames {

    private S3OperationNames() {
    }

    static String of(AwsRequest request) {
        BucketAddress address = BucketAddress.of(request.host(), request.path());
        boolean object = address.key() != null;
        String query = request.query();
        return switch (request.method()) {
            case "PUT" -> object ? (request.header("x-amz-copy-source") != null ? "CopyObject" : "PutObject")
                    : query.isEmpty() ? "CreateBucket" : "PutBucket" + subresource(query);
            case "GET" -> object ? "GetObject" : address.bucket() == null ? "ListBuckets"
                    : query.contains("notification") ? "GetBucketNotificationConfiguration" : "ListObjects";
            case "HEAD" -> object ? "HeadObject" : "HeadBucket";
            case "DELETE" -> object ? "DeleteObject" : "DeleteBucket";
            case "POST" -> query.contains("delete") ? "DeleteObjects" : object ? "PostObject" : "PostBucket";
            default -> request.method() + " " + request.path();
        };
    }

    /** {@code notification=} becomes {@code Notification}. */
    private static String subresource(String query) {
        String name = query.split("[=&]")[0];
        return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
