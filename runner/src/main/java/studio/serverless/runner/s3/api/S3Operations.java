package studio.serverless.runner.s3.api;

import java.util.Set;
import java.util.function.Function;
import studio.serverless.runner.endpoint.StreamedResponse;
import studio.serverless.runner.s3.engine.S3Engine;
import studio.serverless.runner.s3.engine.S3Error;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * Picks the S3 operation of a request from its method, whether it names a bucket and a key, and its
 * sub-resource ({@code ?uploads}, {@code ?delete}, {@code ?list-type=2}...). Sub-resources this emulator does not
 * model (ACLs, policies...) are 501 NotImplemented rather than mistaken for a listing or a read.
 */
final class S3Operations {

    private static final Set<String> UNSUPPORTED = Set.of("acl", "policy", "cors", "lifecycle",
            "website", "replication", "encryption", "logging", "object-lock", "retention", "legal-hold", "torrent",
            "restore", "select", "accelerate", "analytics", "inventory", "metrics", "ownershipControls",
            "publicAccessBlock", "requestPayment", "intelligent-tiering", "versions", "attributes", "policyStatus");

    private final BucketHandlers buckets;
    private final ObjectHandlers objects;
    private final CopyAndBatchHandlers copies;
    private final ListHandlers lists;
    private final MultipartHandlers multipart;
    private final NotificationHandlers notifications;
    private final TaggingHandlers tagging;

    S3Operations(S3Engine engine) {
        this.buckets = new BucketHandlers(engine);
        this.objects = new ObjectHandlers(engine);
        this.copies = new CopyAndBatchHandlers(engine);
        this.lists = new ListHandlers(engine);
        this.multipart = new MultipartHandlers(engine);
        this.notifications = new NotificationHandlers(engine);
        this.tagging = new TaggingHandlers(engine);
    }

    /** The handler for {@code call}; NotImplemented or MethodNotAllowed when there is none. */
    Function<S3Call, StreamedResponse> select(S3Call call) {
        for (String param : call.params().keySet()) {
            if (UNSUPPORTED.contains(param)) {
                throw new S3Exception(S3Error.NOT_IMPLEMENTED, "The ?" + param + " sub-resource is not supported "
                        + "by the local S3.");
            }
        }
        if (call.bucket() == null) {
            return orNotAllowed(call.method().equals("GET") ? buckets::list : null);
        }
        return orNotAllowed(call.key() == null ? bucketOperation(call) : objectOperation(call));
    }

    private Function<S3Call, StreamedResponse> bucketOperation(S3Call call) {
        if (call.has("tagging")) {
            return switch (call.method()) {
                case "PUT" -> tagging::put;
                case "GET" -> tagging::get;
                case "DELETE" -> tagging::delete;
                default -> null;
            };
        }
        return switch (call.method()) {
            case "PUT" -> call.has("notification") ? notifications::put
                    : call.has("versioning") ? S3Operations::notImplemented : buckets::create;
            case "HEAD" -> buckets::head;
            case "GET" -> call.has("notification") ? notifications::get : call.has("location") ? buckets::location
                    : call.has("versioning") ? buckets::versioning
                    : call.has("uploads") ? multipart::listUploads
                    : "2".equals(call.param("list-type")) ? lists::listV2 : lists::listV1;
            case "DELETE" -> buckets::delete;
            case "POST" -> call.has("delete") ? copies::deleteObjects : null;
            default -> null;
        };
    }

    private Function<S3Call, StreamedResponse> objectOperation(S3Call call) {
        if (call.has("tagging")) {
            return switch (call.method()) {
                case "PUT" -> tagging::putObject;
                case "GET" -> tagging::getObject;
                case "DELETE" -> tagging::deleteObject;
                default -> null;
            };
        }
        return switch (call.method()) {
            case "PUT" -> call.has("uploadId") ? multipart::uploadPart
                    : call.header("x-amz-copy-source") != null ? copies::copy : objects::put;
            case "GET" -> call.has("uploadId") ? multipart::listParts : objects::get;
            case "HEAD" -> objects::head;
            case "DELETE" -> call.has("uploadId") ? multipart::abort : objects::delete;
            case "POST" -> call.has("uploads") ? multipart::create : call.has("uploadId") ? multipart::complete : null;
            default -> null;
        };
    }

    private static StreamedResponse notImplemented(S3Call call) {
        throw new S3Exception(S3Error.NOT_IMPLEMENTED, "Versioning is not supported by the local S3.");
    }

    private static Function<S3Call, StreamedResponse> orNotAllowed(Function<S3Call, StreamedResponse> handler) {
        if (handler == null) {
            throw new S3Exception(S3Error.METHOD_NOT_ALLOWED);
        }
        return handler;
    }
}
