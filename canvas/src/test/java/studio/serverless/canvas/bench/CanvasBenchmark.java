package studio.serverless.canvas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import studio.serverless.canvas.DiagramEditor;
import studio.serverless.model.command.CommandStack;
import studio.serverless.model.diagram.Diagram;
import studio.serverless.model.diagram.Point;
import studio.serverless.model.format.DiagramFiles;

/**
 * Opens the benchmark diagram (1,000 services, 2,000 connections) in a 1280 x 800 window and prints the time to
 * the first drawn frame and the frame times of panning at 100%, zooming between 25% and 100%, and panning with
 * the whole diagram in view, as a row of the canvas table in docs/benchmarks.md. Machine and rendering come
 * from the system properties {@code bench.machine} and {@code prism.order}.
 */
public final class CanvasBenchmark {

    private static final int OPEN_WARM_UPS = 3;
    private static final int OPENS = 5;
    private static final int FRAMES = 150;

    private final Stage[] stage = new Stage[1];
    private DiagramEditor editor;

    private CanvasBenchmark() {
    }

    /** Runs the benchmark and prints the Markdown row (the only output line starting with "|"), then exits. */
    public static void main(String[] args) throws Exception {
        Diagram diagram = BenchmarkDiagram.generate(1_000, 2_000, 20_261_129L);
        Path file = Files.createTempFile("canvas-benchmark-", DiagramFiles.EXTENSION);
        try {
            DiagramFiles.save(diagram, file);
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get();
            System.out.println(new CanvasBenchmark().run(file));
        } finally {
            Files.deleteIfExists(file);
            Platform.exit();
        }
    }

    private String run(Path file) throws Exception {
        onFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 1280, 800));
            stage[0].show();
            return null;
        });
        long[] opens = new long[OPENS];
        RenderingCpu cpu = null;
        for (int round = -OPEN_WARM_UPS; round < OPENS; round++) {
            if (round == 0) {
                cpu = new RenderingCpu();
            }
            long nanos = open(file);
            if (round >= 0) {
                opens[round] = nanos;
            }
        }
        System.out.printf(Locale.ROOT, "open: median %.0f ms of %s; CPU an open: %s%n", median(opens),
                Arrays.toString(opens), cpu.perFrame(OPENS));
        long[] pan = frames(frame -> editor.centerOn(new Point(640 + 24 * frame, 400 + 6 * frame)));
        long[] zoom = frames(frame -> editor.zoomProperty().set(0.625 + 0.375 * Math.cos(frame * Math.PI / 60)));
        onFx(() -> {
            editor.zoomToFit();
            return null;
        });
        Point middle = new Point(4800, 1500);
        long[] panFit = frames(frame -> editor.centerOn(middle.translate(600 * Math.sin(frame * Math.PI / 75), 0)));
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | 1,000 / 2,000 | %.0f | %s | %s | %s |",
                LocalDate.now(), System.getProperty("bench.machine", "unknown"), System.getProperty("java.version"),
                System.getProperty("prism.order", "default"), median(opens), summary(pan), summary(zoom),
                summary(panFit));
    }

    private long open(Path file) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<long[]> firstFrame = onFx(() -> {
            if (editor != null) {
                editor.dispose();
            }
            editor = new DiagramEditor(new CommandStack(DiagramFiles.load(file)));
            stage[0].getScene().setRoot(editor);
            return FrameRecorder.record(2, frame -> { });
        });
        firstFrame.get();
        return System.nanoTime() - start;
    }

    private long[] frames(IntConsumer step) throws Exception {
        onFx(() -> FrameRecorder.record(30, step)).get();
        RenderingCpu cpu = new RenderingCpu();
        Instant start = Instant.now();
        FrameRecorder recorder = onFx(() -> FrameRecorder.start(FRAMES, step));
        long[] frames = recorder.done().get();
        // the wall-clock interval lets a profile (JFR) be cut to one motion
        System.out.println("frames: median / p95 " + summary(frames) + " ms; CPU a frame: " + cpu.perFrame(FRAMES)
                + "; median / p95 fx " + summary(recorder.cpu()[0]) + " + render " + summary(recorder.cpu()[1])
                + " ms; from " + start + " to " + Instant.now());
        return frames;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f / %.1f", median(sorted), sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    /** Work to do on the FX thread. */
    @FunctionalInterface
    private interface FxCall<T> {
        T call() throws Exception;
    }
}
