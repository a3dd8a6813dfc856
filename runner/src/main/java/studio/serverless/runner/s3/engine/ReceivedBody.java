package studio.serverless.runner.s3.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * A request body saved to a temporary file in the storage area, with the digests computed as it streamed by.
 *
 * @param file      the temporary file; moved into place or deleted by the engine
 * @param size      its size in bytes
 * @param md5       its MD5
 * @param checksums the additional checksums computed (base64), by algorithm
 */
public record ReceivedBody(Path file, long size, byte[] md5, Map<ChecksumAlgorithm, String> checksums) {

    /** Copies the digests. */
    public ReceivedBody {
        md5 = md5.clone();
        checksums = Map.copyOf(checksums);
    }

    @Override
    public byte[] md5() {
        return md5.clone();
    }

    /** The MD5 as lower-case hex: the ETag of a single-part object. */
    public String md5Hex() {
        return java.util.HexFormat.of().formatHex(md5);
    }
}
