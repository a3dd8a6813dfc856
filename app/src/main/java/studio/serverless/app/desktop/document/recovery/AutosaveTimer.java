package studio.serverless.app.desktop.document.recovery;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Runs the autosave tick every interval; the seam that lets tests tick by hand instead of waiting. */
@FunctionalInterface
public interface AutosaveTimer {

    /** Starts calling {@code tick} every {@code interval}; the returned action stops it. */
    Runnable start(java.time.Duration interval, Runnable tick);

    /**
     * A JavaFX {@link Timeline}: the tick runs on the JavaFX thread, where the diagram is edited, so it reads a
     * diagram no gesture is changing at that moment.
     */
    static AutosaveTimer onFxThread() {
        return (interval, tick) -> {
            Timeline timeline = new Timeline(new KeyFrame(Duration.millis(interval.toMillis()), event -> tick.run()));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
