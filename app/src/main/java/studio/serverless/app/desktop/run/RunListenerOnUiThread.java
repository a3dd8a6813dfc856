package studio.serverless.app.desktop.run;

import java.util.concurrent.Executor;
import studio.serverless.app.run.LocalRunListener;
import studio.serverless.app.run.RunStep;

/** Hands a starting run's steps and output lines to the UI thread's {@link RunProgressModel}. */
final class RunListenerOnUiThread implements LocalRunListener {

    private final RunProgressModel progress;
    private final Executor uiThread;

    RunListenerOnUiThread(RunProgressModel progress, Executor uiThread) {
        this.progress = progress;
        this.uiThread = uiThread;
    }

    @Override
    public void step(RunStep step) {
        uiThread.execute(() -> progress.step(step));
    }

    @Override
    public void output(String line) {
        uiThread.execute(() -> progress.line(line));
    }
}
