package studio.serverless.runner.lambda.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The log lines of one invocation, from START to REPORT, as the Invoke API's log tail returns them. The runtime's
 * output arrives on a reader thread while the outcome arrives over HTTP, so the shipped bootstraps print a marker
 * line before they report: the engine waits for it before writing END, and no handler line lands after END.
 */
final class InvocationLog {

    /** A handler printing without end keeps only this much of its invocation's log: the tail shows 4 KB. */
    static final int MAX_CHARACTERS = 64 * 1024;

    private final StringBuilder text = new StringBuilder();
    private final CountDownLatch handlerDone = new CountDownLatch(1);

    synchronized void append(String line) {
        text.append(line).append('\n');
        if (text.length() > MAX_CHARACTERS) {
            text.delete(0, text.length() - MAX_CHARACTERS);
        }
    }

    synchronized String text() {
        return text.toString();
    }

    void markHandlerDone() {
        handlerDone.countDown();
    }

    /** Waits up to {@code millis} for the runtime's end marker; false when it did not come (a crash, a timeout). */
    boolean awaitHandlerDone(long millis) {
        try {
            return handlerDone.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
