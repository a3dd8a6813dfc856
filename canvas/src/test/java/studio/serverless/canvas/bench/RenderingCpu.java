package studio.serverless.canvas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The CPU time used by the JavaFX application thread (events, CSS, layout, scene graph sync) and the renderer
 * thread (drawing) since a start. Unlike frame times, these hardly grow when other work shares the machine, so
 * they tell whether a change helped even on a busy machine.
 */
final class RenderingCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long fxStart = cpu("JavaFX Application Thread");
    private final long renderStart = cpu("QuantumRenderer");

    /** The CPU time of the FX thread and of the renderer so far, in nanoseconds. */
    static long[] now() {
        return new long[] {cpu("JavaFX Application Thread"), cpu("QuantumRenderer")};
    }

    /** The CPU time of both threads since this was made, divided by a number of frames (or opens). */
    String perFrame(int frames) {
        double fx = (cpu("JavaFX Application Thread") - fxStart) / 1e6 / frames;
        double render = (cpu("QuantumRenderer") - renderStart) / 1e6 / frames;
        return String.format(Locale.ROOT, "fx %.1f + render %.1f ms", fx, render);
    }

    private static long cpu(String threadNamePrefix) {
        ThreadInfo[] infos = THREADS.getThreadInfo(THREADS.getAllThreadIds());
        return Arrays.stream(infos).filter(info -> info != null && info.getThreadName().startsWith(threadNamePrefix))
                .mapToLong(info -> Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()))).sum();
    }
}
