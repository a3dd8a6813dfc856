package studio.serverless.bench;

import java.util.concurrent.CountDownLatch;
import studio.serverless.runner.LocalCloud;

/** Starts an empty local cloud on the port given as the only argument and serves until the process is killed. */
public final class ServeLocalCloud {

    private ServeLocalCloud() {
    }

    /** Entry point: {@code ServeLocalCloud PORT}. */
    public static void main(String[] args) throws InterruptedException {
        LocalCloud cloud = LocalCloud.start(Integer.parseInt(args[0]));
        System.out.println("local cloud ready at " + cloud.endpoint());
        new CountDownLatch(1).await();
    }
}
