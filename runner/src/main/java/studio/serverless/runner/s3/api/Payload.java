package studio.serverless.runner.s3.api;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import studio.serverless.runner.s3.engine.BodyExpectations;
import studio.serverless.runner.s3.engine.ChecksumAlgorithm;
import studio.serverless.runner.s3.engine.S3Exception;

/**
 * A PUT body as the client framed it: plain, or {@code aws-chunked} with the checksum in a trailer (what the AWS
 * SDKs send since early 2025). Knows the decoded length, the checksums to compute and, once the body is read,
 * what the client claimed (Content-MD5, {@code x-amz-checksum-*} headers or trailers).
 */
final class Payload {

    private final S3Call call;
    private final AwsChunkedInputStream chunked;
    private final InputStream stream;

    Payload(S3Call call) {
        this.call = call;
        boolean isChunked = call.header("x-amz-decoded-content-length") != null
                || String.valueOf(call.header("x-amz-content-sha256")).startsWith("STREAMING-")
                || String.valueOf(call.header("content-encoding")).toLowerCase(Locale.ROOT).contains("aws-chunked");
        this.chunked = isChunked ? new AwsChunkedInputStream(call.body()) : null;
        this.stream = isChunked ? chunked : call.body();
    }

    InputStream stream() {
        return stream;
    }

    /** The body's length after decoding, or -1 when the client did not say. */
    long expectedLength() {
        String length = call.header(chunked != null ? "x-amz-decoded-content-length" : "content-length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw S3Exception.invalidArgument("The length header is not a number.", "Content-Length", length);
        }
    }

    /** The checksums to compute: those sent as headers, announced as trailers or named by the SDK. */
    Set<ChecksumAlgorithm> algorithms() {
        Set<ChecksumAlgorithm> algorithms = EnumSet.noneOf(ChecksumAlgorithm.class);
        for (ChecksumAlgorithm algorithm : ChecksumAlgorithm.values()) {
            if (call.header(algorithm.headerName()) != null) {
                algorithms.add(algorithm);
            }
        }
        if (payloadSha256() != null) {
            algorithms.add(ChecksumAlgorithm.SHA256);
        }
        for (String named : List.of(String.valueOf(call.header("x-amz-trailer")),
                String.valueOf(call.header("x-amz-sdk-checksum-algorithm")))) {
            for (String token : named.split(",")) {
                ChecksumAlgorithm algorithm = ChecksumAlgorithm.fromName(token);
                if (algorithm != null) {
                    algorithms.add(algorithm);
                }
            }
        }
        return algorithms;
    }

    /** What the client claimed; trailers count only after the body was read. */
    BodyExpectations expectations() {
        Map<ChecksumAlgorithm, String> checksums = new EnumMap<>(ChecksumAlgorithm.class);
        for (ChecksumAlgorithm algorithm : ChecksumAlgorithm.values()) {
            String value = call.header(algorithm.headerName());
            if (value == null && chunked != null) {
                value = chunked.trailers().get(algorithm.headerName());
            }
            if (value != null) {
                checksums.put(algorithm, value.trim());
            }
        }
        return new BodyExpectations(call.header("content-md5"), checksums, payloadSha256());
    }

    /** The {@code x-amz-content-sha256} header when it is a hex SHA-256 of a plain body, else null. */
    private String payloadSha256() {
        String value = call.header("x-amz-content-sha256");
        return chunked == null && value != null && value.matches("[0-9a-fA-F]{64}") ? value : null;
    }
}
