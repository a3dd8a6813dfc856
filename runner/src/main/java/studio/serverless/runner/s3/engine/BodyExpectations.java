package studio.serverless.runner.s3.engine;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * What a client said the body would be: its {@code Content-MD5} (base64, or null) and the additional checksums it
 * sent in headers or in an {@code aws-chunked} trailer. The engine checks a received body against them.
 *
 * @param contentMd5    the Content-MD5 header, or null
 * @param checksums     the expected checksums (base64), by algorithm
 * @param payloadSha256 the SigV4 payload hash ({@code x-amz-content-sha256}) when it is a hex SHA-256, or null
 */
public record BodyExpectations(String contentMd5, Map<ChecksumAlgorithm, String> checksums, String payloadSha256) {

    /** Copies the checksums. */
    public BodyExpectations {
        checksums = Map.copyOf(checksums);
    }

    /** No expectations. */
    public static BodyExpectations none() {
        return new BodyExpectations(null, Map.of(), null);
    }

    /**
     * Checks {@code body}: InvalidDigest when Content-MD5 is not a base64 MD5, BadDigest when it or a checksum
     * differs from what arrived.
     */
    public void check(ReceivedBody body) {
        if (contentMd5 != null) {
            byte[] expected = decodeMd5(contentMd5);
            if (!java.util.Arrays.equals(expected, body.md5())) {
                throw new S3Exception(S3Error.BAD_DIGEST).with("ExpectedDigest", contentMd5)
                        .with("CalculatedDigest", Base64.getEncoder().encodeToString(body.md5()));
            }
        }
        String sha256 = body.checksums().get(ChecksumAlgorithm.SHA256);
        String computed = sha256 == null ? null : HexFormat.of().formatHex(Base64.getDecoder().decode(sha256));
        if (payloadSha256 != null && computed != null && !payloadSha256.equalsIgnoreCase(computed)) {
            throw new S3Exception(S3Error.CONTENT_SHA256_MISMATCH).with("ClientComputedContentSHA256", payloadSha256)
                    .with("S3ComputedContentSHA256", computed);
        }
        checksums.forEach((algorithm, expected) -> {
            String actual = body.checksums().get(algorithm);
            if (!expected.equals(actual)) {
                throw new S3Exception(S3Error.BAD_DIGEST,
                        "The " + algorithm + " you specified did not match the calculated checksum.");
            }
        });
    }

    private static byte[] decodeMd5(String base64) {
        try {
            byte[] md5 = Base64.getDecoder().decode(base64.trim());
            if (md5.length == 16) {
                return md5;
            }
        } catch (IllegalArgumentException e) {
            // falls through to InvalidDigest
        }
        throw new S3Exception(S3Error.INVALID_DIGEST).with("Content-MD5", base64);
    }
}
