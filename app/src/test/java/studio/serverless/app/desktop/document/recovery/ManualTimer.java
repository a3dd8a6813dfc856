package studio.serverless.app.desktop.document.recovery;

import java.time.Duration;

/** An autosave timer the test ticks by hand: no waiting. */
final class ManualTimer implements AutosaveTimer {

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
    void tick() {
        if (running) {
            tick.run();
        }
    }

    Duration interval() {
        return interval;
    }

    boolean running() {
        return running;
    }
}
