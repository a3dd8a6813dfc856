package studio.serverless.canvas.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

import javafx.animation.AnimationTimer;

/**
 * Drives one change per frame and records how long each frame took: the time between two pulses. With
 * {@code -Djavafx.animation.fullspeed=true} pulses follow each other as fast as the FX thread and the renderer
 * allow (the next pulse waits for the previous frame to be drawn), so the interval is the frame time, not the
 * 60 Hz tick.
 */
final class FrameRecorder extends AnimationTimer {

    private final int frames;
    private final IntConsumer step;
    private final long[] intervals;
    private final CompletableFuture<long[]> done = new CompletableFuture<>();
    private long previous;
    private int frame = -1;

    private FrameRecorder(int frames, IntConsumer step) {
        this.frames = frames;
        this.step = step;
        this.intervals = new long[frames];
    }

    /** Starts recording (call on the FX thread); completes with the frame times in nanoseconds. */
    static CompletableFuture<long[]> record(int frames, IntConsumer step) {
        FrameRecorder recorder = new FrameRecorder(frames, step);
        recorder.start();
        return recorder.done;
    }

    @Override
    public void handle(long pulseTime) {
        long now = System.nanoTime();
        if (frame >= 0) {
            intervals[frame] = now - previous;
        }
        previous = now;
        frame++;
        if (frame == frames) {
            stop();
            done.complete(intervals);
            return;
        }
        step.accept(frame);
    }
}
