package studio.serverless.runner.s3.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Range headers resolved against a 10-byte object, as S3 resolves them. */
class ByteRangeTest {

    @ParameterizedTest
    @CsvSource({"bytes=0-0, 0, 1, true", "bytes=2-5, 2, 4, true", "bytes=8-, 8, 2, true", "bytes=-3, 7, 3, true",
        "bytes=-50, 0, 10, true", "bytes=5-500, 5, 5, true", "bytes=5-2, 0, 10, false", "garbage, 0, 10, false",
        "'bytes=1-2,4-5', 0, 10, false", "items=1-2, 0, 10, false"})
    void rangesSelectTheBytesS3Would(String header, long first, long length, boolean partial) {
        assertEquals(new ByteRange(first, length, partial), ByteRange.resolve(header, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=10-", "bytes=10-20", "bytes=-0"})
    void rangesPastTheEndAreInvalidRange(String header) {
        S3Exception error = assertThrows(S3Exception.class, () -> ByteRange.resolve(header, 10));
        assertEquals(S3Error.INVALID_RANGE, error.error());
        assertEquals("10", error.details().get("ActualObjectSize"));
    }

    @ParameterizedTest
    @CsvSource({"bytes=2-5, bytes 2-5/10", "bytes=-1, bytes 9-9/10"})
    void contentRangeDescribesThePart(String header, String contentRange) {
        assertEquals(contentRange, ByteRange.resolve(header, 10).contentRange(10));
    }
}
