package studio.serverless.runner.lambda.engine;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** X-Ray trace headers in AWS's format ({@code Root=1-5759e988-bd862e3fe1be46a994272793;Parent=...;Sampled=0}). */
final class TraceIds {

    private TraceIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String epochSeconds = Long.toHexString(System.currentTimeMillis() / 1000);
        return "Root=1-" + epochSeconds + "-" + hex(random, 12) + ";Parent=" + hex(random, 8) + ";Sampled=0";
    }

    private static String hex(ThreadLocalRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
