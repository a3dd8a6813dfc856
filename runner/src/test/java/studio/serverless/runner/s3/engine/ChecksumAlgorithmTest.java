package studio.serverless.runner.s3.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each checksum gives the catalogued check value of "123456789" (the CRC catalogue's standard input). */
class ChecksumAlgorithmTest {

    @ParameterizedTest
    @CsvSource({"CRC32, cbf43926", "CRC32C, e3069283", "CRC64NVME, ae8b14860a799888",
        "SHA1, f7c3bc1d808e04732adf679965ccc34ca7ae3441",
        "SHA256, 15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225"})
    void checksumsOf123456789MatchTheirCheckValues(ChecksumAlgorithm algorithm, String hex) {
        RunningChecksum checksum = algorithm.start();
        byte[] input = "123456789".getBytes(StandardCharsets.US_ASCII);
        checksum.update(input, 0, 4);
        checksum.update(input, 4, 5);
        assertEquals(hex, HexFormat.of().formatHex(checksum.value()));
    }

    @ParameterizedTest
    @CsvSource({"x-amz-checksum-crc32, CRC32", "CRC32C, CRC32C", "crc64nvme, CRC64NVME", "sha256, SHA256"})
    void headerAndSdkNamesAreRecognised(String name, ChecksumAlgorithm expected) {
        assertEquals(expected, ChecksumAlgorithm.fromName(name));
    }
}
