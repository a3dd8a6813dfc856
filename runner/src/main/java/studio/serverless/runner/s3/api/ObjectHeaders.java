package studio.serverless.runner.s3.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import studio.serverless.runner.s3.engine.ObjectMetadata;
import studio.serverless.runner.s3.engine.Preconditions;
import studio.serverless.runner.s3.engine.S3Exception;
import studio.serverless.runner.s3.engine.StoredObject;

/** Object metadata and conditions in and out of HTTP headers. */
final class ObjectHeaders {

    private static final String META = "x-amz-meta-";

    private ObjectHeaders() {
    }

    /** The metadata (with the {@code x-amz-tagging} tag set) a PUT, copy with REPLACE or CreateMultipartUpload carries. */
    static ObjectMetadata metadata(S3Call call) {
        Map<String, String> user = new LinkedHashMap<>();
        int bytes = 0;
        for (Map.Entry<String, List<String>> header : call.request().headers().entrySet()) {
            if (header.getKey().startsWith(META) && !header.getValue().isEmpty()) {
                String name = header.getKey().substring(META.length());
                String value = String.join(",", header.getValue());
                user.put(name, value);
                bytes += (name + value).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (bytes > ObjectMetadata.MAX_USER_METADATA_BYTES) {
            throw S3Exception.invalidArgument("Your metadata headers exceed the maximum allowed metadata size",
                    "x-amz-meta-*", Integer.toString(bytes));
        }
        return new ObjectMetadata(call.header("content-type"), contentEncoding(call.header("content-encoding")),
                call.header("content-disposition"), call.header("content-language"), call.header("cache-control"),
                call.header("expires"), user, TaggingHandlers.fromHeader(call.header("x-amz-tagging")));
    }

    /** The conditions of a GET or HEAD ({@code prefix} empty) or of a copy source ({@code x-amz-copy-source-}). */
    static Preconditions conditions(S3Call call, String prefix) {
        return new Preconditions(call.header(prefix + "if-match"), call.header(prefix + "if-none-match"),
                HttpDates.parse(call.header(prefix + "if-modified-since")),
                HttpDates.parse(call.header(prefix + "if-unmodified-since")));
    }

    /** The headers describing an object in a GET or HEAD answer. */
    static Map<String, String> describe(StoredObject object) {
        Map<String, String> headers = new LinkedHashMap<>();
        ObjectMetadata metadata = object.metadata();
        headers.put("ETag", object.quotedEtag());
        headers.put("Last-Modified", HttpDates.header(object.lastModified()));
        headers.put("Accept-Ranges", "bytes");
        putIfSet(headers, "Content-Encoding", metadata.contentEncoding());
        putIfSet(headers, "Content-Disposition", metadata.contentDisposition());
        putIfSet(headers, "Content-Language", metadata.contentLanguage());
        putIfSet(headers, "Cache-Control", metadata.cacheControl());
        putIfSet(headers, "Expires", metadata.expires());
        metadata.userMetadata().forEach((name, value) -> headers.put(META + name, value));
        if (!metadata.tags().isEmpty()) {
            headers.put("x-amz-tagging-count", Integer.toString(metadata.tags().size()));
        }
        return headers;
    }

    private static void putIfSet(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    /** Content-Encoding without the transport's {@code aws-chunked}; null when nothing else is left. */
    private static String contentEncoding(String header) {
        if (header == null) {
            return null;
        }
        String kept = Arrays.stream(header.split(",")).map(String::trim)
                .filter(token -> !token.isEmpty() && !token.toLowerCase(Locale.ROOT).equals("aws-chunked"))
                .collect(Collectors.joining(","));
        return kept.isEmpty() ? null : kept;
    }
}
