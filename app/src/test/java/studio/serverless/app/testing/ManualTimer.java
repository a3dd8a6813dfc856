package studio.serverless.app.testing;

import java.time.Duration;

import studio.serverless.app.desktop.document.recovery.AutosaveTimer;

/** An autosave timer the test ticks by hand: no waiting. */
public final class ManualTimer implements AutosaveTimer {

    private Runnable tick = () -> { };
    private Duration interval;
    private boolean running;

    @Override
    public Runnable start(Duration every, Runnable action) {
        this.interval = every;
        this.tick = action;
        this.running = true;
        return () -> running = false;
    }

    /** One interval has passed. */
    public void tick() {
        if (running) {
            tick.run();
        }
    }

    public Duration interval() {
        return interval;
    }

    public boolean running() {
        return running;
    }
}
