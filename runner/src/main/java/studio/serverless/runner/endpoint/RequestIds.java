package studio.serverless.runner.endpoint;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids shaped like AWS's (random UUIDs). They are not secrets, so they are drawn from
 * {@link ThreadLocalRandom}: {@link UUID#randomUUID()} would serialise every request on the shared
 * {@code SecureRandom}.
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** A new version-4 UUID as text. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
