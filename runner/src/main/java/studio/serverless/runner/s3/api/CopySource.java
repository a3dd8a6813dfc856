package studio.serverless.runner.s3.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * The {@code x-amz-copy-source} header of CopyObject and UploadPartCopy: {@code [/]bucket/key[?versionId=...]},
 * URL-encoded.
 *
 * @param bucket the source bucket
 * @param key    the source key
 */
record CopySource(String bucket, String key) {

    static CopySource of(String header) {
        String value = header.trim();
        int query = value.indexOf('?');
        if (query >= 0) {
            value = value.substring(0, query);
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(header);
        }
        if (decoded.startsWith("/")) {
            decoded = decoded.substring(1);
        }
        int slash = decoded.indexOf('/');
        if (slash <= 0 || slash == decoded.length() - 1) {
            throw invalid(header);
        }
        return new CopySource(decoded.substring(0, slash), decoded.substring(slash + 1));
    }

    private static S3Exception invalid(String header) {
        return S3Exception.invalidArgument("Invalid copy source object key", "x-amz-copy-source", header);
    }
}
