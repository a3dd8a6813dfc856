package studio.serverless.runner.s3;

import java.io.IOException;
import studio.serverless.runner.LocalCloud;

/**
 * A local cloud in a process of its own, for tests that must bound its memory ({@code -Xmx}): prints its port,
 * serves until its standard input closes, then stops.
 */
public final class S3ServerMain {

    private S3ServerMain() {
    }

    /** Starts on a free port and prints {@code PORT <n>}. */
    public static void main(String[] args) throws IOException {
        try (LocalCloud cloud = LocalCloud.start(0)) {
            System.out.println("PORT " + cloud.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
