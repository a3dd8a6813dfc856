package studio.serverless.runner.s3.engine;

import java.util.zip.Checksum;

/** CRC-64/NVME (reflected polynomial 0x9a6c9329ac4bc9b5), the SDKs' CRC64NVME checksum; the JDK has none. */
final class Crc64Nvme implements Checksum {

    private static final long[] TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x9a6c9329ac4bc9b5L : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private long crc = -1L;

    @Override
    public void update(int b) {
        crc = TABLE[(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            crc = TABLE[(int) ((crc ^ bytes[i]) & 0xff)] ^ (crc >>> 8);
        }
    }

    @Override
    public long getValue() {
        return ~crc;
    }

    @Override
    public void reset() {
        crc = -1L;
    }
}
