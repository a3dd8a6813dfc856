package studio.serverless.runner.s3.api;

import java.io.InputStream;
import java.util.Map;
import studio.serverless.runner.endpoint.AwsRequest;
import studio.serverless.runner.endpoint.FormParameters;
import studio.serverless.runner.s3.engine.RequestContext;

/**
 * One S3 request as the handlers see it: the bucket and key (from the virtual host or the path), the query
 * parameters, the headers and the body stream.
 *
 * @param request the request head (its body is empty: see {@code body})
 * @param bucket  the bucket, or null for the service (ListBuckets)
 * @param key     the key, or null for a bucket request
 * @param params  the query parameters ({@code ?uploads} has the empty value)
 * @param body    the body stream
 */
record S3Call(AwsRequest request, String bucket, String key, Map<String, String> params, InputStream body) {

    /** Reads the bucket and key of {@code request}. */
    static S3Call of(AwsRequest request, InputStream body) {
        BucketAddress address = BucketAddress.of(request.host(), request.path());
        return new S3Call(request, address.bucket(), address.key(), FormParameters.parse(request.query()), body);
    }

    String method() {
        return request.method();
    }

    String header(String name) {
        return request.header(name);
    }

    String param(String name) {
        return params.get(name);
    }

    boolean has(String param) {
        return params.containsKey(param);
    }

    String requestId() {
        return request.requestId();
    }

    RequestContext context() {
        return new RequestContext(request.requestId(), request.caller().accessKeyId(), "127.0.0.1");
    }
}
