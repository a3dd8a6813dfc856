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
    private final long[][] cpu;
    private long[] previousCpu;
    private final CompletableFuture<long[]> done = new CompletableFuture<>();
    private long previous;
    private int frame = -1;

    private FrameRecorder(int frames, IntConsumer step) {
        this.frames = frames;
        this.step = step;
        this.intervals = new long[frames];
        this.cpu = new long[2][frames];
    }

    /** Starts recording (call on the FX thread); completes with the frame times in nanoseconds. */
    static CompletableFuture<long[]> record(int frames, IntConsumer step) {
        return start(frames, step).done;
    }

    /** Starts recording (call on the FX thread); the recorder completes with the frame times in nanoseconds. */
    static FrameRecorder start(int frames, IntConsumer step) {
        FrameRecorder recorder = new FrameRecorder(frames, step);
        recorder.start();
        return recorder;
    }

    /** Completes with the frame times in nanoseconds. */
    CompletableFuture<long[]> done() {
        return done;
    }

    /**
     * The CPU time of the FX thread (index 0) and the renderer (1) between two pulses, in nanoseconds, a frame
     * each: unlike the frame time, what a frame cost when other work shares the machine. The renderer's share is
     * the frame drawn while that interval ran, one frame behind the FX thread's.
     */
    long[][] cpu() {
        return cpu;
    }

    @Override
    public void handle(long pulseTime) {
        long now = System.nanoTime();
        long[] nowCpu = RenderingCpu.now();
        if (frame >= 0) {
            intervals[frame] = now - previous;
            cpu[0][frame] = nowCpu[0] - previousCpu[0];
            cpu[1][frame] = nowCpu[1] - previousCpu[1];
        }
        previous = now;
        previousCpu = nowCpu;
        frame++;
        if (frame == frames) {
            stop();
            done.complete(intervals);
            return;
        }
        step.accept(frame);
    }
}
