package studio.serverless.runner.sqs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import studio.serverless.runner.LocalCloud;

/** A local cloud with a data folder in its own process, so a test can kill it with SIGKILL. */
public final class DataFolderServer {

    private DataFolderServer() {
    }

    /** Entry point: {@code DataFolderServer FOLDER}; prints {@code PORT n} once it serves. */
    public static void main(String[] args) throws InterruptedException {
        LocalCloud cloud = LocalCloud.start(0, Clock.systemUTC(), Optional.of(Path.of(args[0])));
        System.out.println("PORT " + cloud.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
