package studio.serverless.runner.s3.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.serverless.runner.s3.engine.S3Exception;

/** aws-chunked bodies, signed and unsigned, with and without trailers, and the malformed ones. */
class AwsChunkedInputStreamTest {

    @Test
    void unsignedChunksWithATrailerDecodeToTheDataAndTheTrailer() throws IOException {
        AwsChunkedInputStream in = stream("5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:AAAA\r\n\r\n");
        assertEquals("hello world", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(Map.of("x-amz-checksum-crc32", "AAAA"), in.trailers());
    }

    @Test
    void signedChunksIgnoreTheirSignatures() throws IOException {
        AwsChunkedInputStream in = stream("3;chunk-signature=abc\r\nabc\r\n0;chunk-signature=def\r\n"
                + "x-amz-checksum-sha256:xyz=\r\nx-amz-trailer-signature:123\r\n\r\n");
        assertEquals("abc", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("xyz=", in.trailers().get("x-amz-checksum-sha256"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz\r\nabc\r\n", "5\r\nhel", "3\r\nabcdef\r\n0\r\n\r\n", "3\r\nabc\r\n0\r\nnocolon\r\n\r\n",
        "", "-1\r\n"})
    void malformedBodiesAreS3Errors(String body) {
        assertThrows(S3Exception.class, () -> stream(body).readAllBytes());
    }

    private static AwsChunkedInputStream stream(String body) {
        return new AwsChunkedInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
